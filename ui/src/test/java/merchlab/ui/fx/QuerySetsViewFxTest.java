package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.eval.judged.QuerySet;
import merchlab.eval.judged.Ratings;
import merchlab.fixtures.JudgedQueries;
import merchlab.ui.ExploreRequests;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.explore.ExploreView;
import merchlab.ui.explore.ExploreViewModel;
import merchlab.ui.querysets.QuerySetsView;
import merchlab.ui.querysets.QuerySetsViewModel;
import merchlab.ui.querysets.ResultRow;
import merchlab.ui.task.runner.FxTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QuerySetsViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private final ExploreRequests requests = new ExploreRequests();
    private FxTaskRunner tasks;
    private TestWorkbench workbench;
    private QuerySetsViewModel model;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
        JudgedQueries.write(shop, 16);
        TinyShop.train(shop, "popularity");
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        workbench = new TestWorkbench(tasks, problems);
        model = new QuerySetsViewModel(workbench, TinyShop.services(), requests, "ana");
        scene = new Scene((javafx.scene.Parent) new QuerySetsView(model).createView(), 1280, 720);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
        workbench.open(shop);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void showsBothRankingsPerQueryAndGradesAnUnjudgedResultByHand(FxRobot robot) {
        TableView<?> queries = robot.lookup("#querySetsQueries").queryTableView();
        @SuppressWarnings("unchecked")
        TableView<ResultRow> listA = robot.lookup("#querySetsListA").queryAs(TableView.class);
        FxTests.waitUntil("the queries are scored", () -> !queries.getItems().isEmpty());
        FxTests.waitUntil("the first query's lists are read", () -> listA.getItems().size() == 10
                && tasks.running().isEmpty());
        Label summary = robot.lookup("#querySetsSummary").queryAs(Label.class);
        assertTrue(summary.getText().contains("mean NDCG@10 A"), summary.getText());
        assertEquals(List.of(), FxTests.onFx(() -> Layouts.problems(scene.getRoot(), "query sets at 1280x720")));
        FxTests.screenshot(scene, "querysets");

        // pick a query whose list holds an unjudged product and grade that product Exact with the button
        QuerySet.Query target = FxTests.onFx(() -> model.queries().stream().filter(q -> q.unjudgedA() > 0)
                .findFirst().orElseThrow());
        robot.interact(() -> model.selectedQueryProperty().set(target.query()));
        FxTests.waitUntil("the query's lists are read", () -> tasks.running().isEmpty()
                && listA.getItems().stream().anyMatch(r -> !r.judged()));
        int row = FxTests.onFx(() -> {
            for (int i = 0; i < listA.getItems().size(); i++) {
                if (!listA.getItems().get(i).judged()) {
                    return i;
                }
            }
            return -1;
        });
        String productId = FxTests.onFx(() -> listA.getItems().get(row).productId());
        assertEquals(ResultRow.NOT_JUDGED, FxTests.onFx(() -> listA.getItems().get(row).grade()));
        robot.interact(() -> {
            listA.scrollTo(row);
            listA.getSelectionModel().select(row);
        });
        Button exact = robot.lookup("#gradeExact").queryButton();
        FxTests.waitUntil("the grade buttons are enabled", () -> !exact.isDisabled());
        robot.interact(exact::fire);
        FxTests.waitUntil("the grade is shown", () -> tasks.running().isEmpty() && listA.getItems().stream()
                .anyMatch(r -> r.productId().equals(productId) && "Exact".equals(r.grade())));
        assertEquals("ana", new Ratings(shop).of(target.query()).get(productId).rater());
        robot.interact(() -> robot.lookup("#querySetsPage").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        FxTests.screenshot(scene, "querysets-rated");
        assertTrue(FxTests.onFx(() -> model.queries().stream().filter(q -> q.query().equals(target.query()))
                .findFirst().orElseThrow().unjudgedA()) < target.unjudgedA());

        robot.interact(() -> robot.lookup("#querySetsOpenInExplore").queryButton().fire());
        assertEquals(List.of("explore"), workbench.sectionsShown);
        assertEquals(target.query(), requests.pendingProperty().get().query());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void opensThePickedQueryInTheRealExploreView(FxRobot robot) {
        TableView<?> queries = robot.lookup("#querySetsQueries").queryTableView();
        FxTests.waitUntil("the queries are scored", () -> !queries.getItems().isEmpty() && tasks.running().isEmpty());
        String query = FxTests.onFx(() -> model.queries().get(1).query());
        robot.interact(() -> queries.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#querySetsOpenInExplore").queryButton().fire());
        assertEquals(List.of("explore"), workbench.sectionsShown);

        // the window builds Explore the first time it is shown, after the request was made
        robot.interact(() -> {
            ExploreViewModel explore = new ExploreViewModel(workbench, TinyShop.services());
            explore.follow(requests);
            scene.setRoot((javafx.scene.Parent) new ExploreView(explore).createView());
        });
        TableView<?> ranks = robot.lookup("#exploreRanks").queryTableView();
        FxTests.waitUntil("the query is ranked in Explore", () -> ranks.getItems().size() == 10
                && tasks.running().isEmpty());
        assertEquals(query, robot.lookup("#exploreQuery").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals("popularity", robot.lookup("#exploreModel").queryComboBox().getValue());
        assertTrue(robot.lookup("#shopperList").queryListView().getSelectionModel().isEmpty(),
                "a visitor without a shopper, as the query set scores the query");
        FxTests.screenshot(scene, "querysets-open-in-explore");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
