package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.evaluate.EvaluateView;
import merchlab.ui.evaluate.EvaluateViewModel;
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
class EvaluateViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private EvaluateViewModel model;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.trainRanker(shop);
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        model = new EvaluateViewModel(workbench, TinyShop.services());
        scene = new Scene((javafx.scene.Parent) new EvaluateView(model).createView(), 1280, 800);
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
    void evaluatesAndDrawsEveryChart(FxRobot robot) throws Exception {
        robot.clickOn("#evaluateAll");
        TableView<?> table = robot.lookup("#resultsTable").queryTableView();
        FxTests.waitUntil("results are listed", () -> table.getItems().size() >= 2);
        FxTests.waitUntil("curves are drawn", () -> model.curvesProperty().get() != null);
        FxTests.waitUntil("the table lists the temporal results", () -> !table.getColumns().isEmpty());
        assertTrue(table.getColumns().stream().noneMatch(c -> c.getText().equals("recall@10")));
        for (String chart : List.of("#positionChartChart", "#dailyChartChart")) {
            XYChart xy = robot.lookup(chart).queryAs(XYChart.class);
            List<DataSet> drawn = xy.getRenderers().stream().flatMap(r -> r.getDatasets().stream()).toList();
            assertEquals("-color-dataset: #1f5fa8;", drawn.stream().filter(d -> d.getName().startsWith("observed"))
                    .findFirst().orElseThrow().getStyle(), "observed is blue in " + chart);
            assertEquals("-color-dataset: #d9480f;", drawn.stream().filter(d -> d.getName().startsWith("predicted"))
                    .findFirst().orElseThrow().getStyle(), "predicted is orange in " + chart);
        }
        FxTests.screenshot(scene, "evaluate");
        robot.interact(() -> robot.lookup("#curveDevice").queryComboBox().getSelectionModel().select("mobile"));
        int before = model.curvesProperty().get().impressions();
        robot.clickOn("#drawCurves");
        FxTests.waitUntil("the filter changes the curves", () -> model.curvesProperty().get().impressions() < before);
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
