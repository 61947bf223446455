package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.explore.ExploreRow;
import merchlab.ui.explore.ExploreView;
import merchlab.ui.explore.ExploreViewModel;
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
class ExploreViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private ExploreViewModel model;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.train(shop, "ranker");
        TinyShop.train(shop, "popularity");
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        model = new ExploreViewModel(workbench, TinyShop.services());
        scene = new Scene((javafx.scene.Parent) new ExploreView(model).createView(), 1280, 800);
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
    void exploresAShopperAndAQueryAndComparesTwoModels(FxRobot robot) throws Exception {
        FxTests.waitUntil("shoppers are listed", () -> !model.shoppers().isEmpty() && model.modelProperty().get() != null);
        robot.clickOn("#shopperFilter").write("U1");
        FxTests.waitUntil("the filter narrows the list", () -> !model.shoppers().isEmpty()
                && model.shoppers().stream().allMatch(s -> s.id().contains("U1")));
        robot.interact(() -> robot.lookup("#shopperList").queryListView().getSelectionModel().select(0));
        TableView<ExploreRow> ranks = robot.lookup("#exploreRanks").queryTableView();
        FxTests.waitUntil("the shopper's recommendations are ranked", () -> ranks.getItems().size() == 10
                && model.answerProperty().get() != null && model.answerProperty().get().ask().query() == null);
        robot.interact(() -> robot.lookup("#exploreCompareTo").queryComboBox().getSelectionModel().select("popularity"));
        TableView<ExploreRow> compared = robot.lookup("#exploreComparedRanks").queryTableView();
        FxTests.waitUntil("the second model's list is beside it", () -> compared.getItems().size() == 10);
        robot.interact(() -> robot.lookup("#exploreBaseline").queryComboBox().getSelectionModel().select("semantic"));
        robot.interact(() -> robot.lookup("#exploreDevice").queryComboBox().getSelectionModel().select("mobile"));
        robot.clickOn("#exploreQuery").write("red shoe");
        FxTests.waitUntil("the query is searched with its intent", () -> model.answerProperty().get() != null
                && "red shoe".equals(model.answerProperty().get().ask().query()) && !model.intentProperty().get().isEmpty()
                && !ranks.getItems().isEmpty());
        assertEquals("mobile", model.answerProperty().get().ask().context().device());
        robot.interact(() -> ranks.getSelectionModel().select(1));
        String picked = ranks.getItems().get(1).productId();
        FxTests.waitUntil("the product is explained under both models", () -> picked.equals(
                model.selectedProductProperty().get()) && model.explanations().size() == 2);
        assertTrue(model.explanations().get(0).explanation().hasAttributions());
        FxTests.waitUntil("the ranker's attribution chart is drawn",
                () -> robot.lookup("#exploreAttribution0Chart").tryQuery().isPresent());
        java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(FxTests.screenshot(scene, "explore").toFile());
        assertEquals((int) scene.getWidth(), shot.getWidth());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < shot.getHeight(); y += 4) {
            for (int x = 0; x < shot.getWidth(); x += 4) {
                colours.add(shot.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 40, "the screenshot shows the drawn view, not a blank scene: " + colours.size());
        assertTrue(ranks.getItems().stream().anyMatch(ExploreRow::moved), "the two models disagree somewhere");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
