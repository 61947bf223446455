package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.store.ModelStore;
import merchlab.ui.RecordingProblems;
import merchlab.ui.SlowKind;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.task.runner.FxTaskRunner;
import merchlab.ui.train.TrainView;
import merchlab.ui.train.TrainViewModel;
import merchlab.ui.train.TuneViewModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private TrainViewModel model;
    private TuneViewModel tune;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        List<ModelKind> kinds = new java.util.ArrayList<>(ModelKinds.installed().all());
        kinds.add(new SlowKind(100_000, 1)); // about two minutes unless cancelled
        model = new TrainViewModel(workbench, TinyShop.services().withKinds(new ModelKinds(kinds)));
        tune = new TuneViewModel(workbench, TinyShop.services());
        scene = new Scene((javafx.scene.Parent) new TrainView(model, tune).createView(), 1280, 900);
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
    void trainsARankerWithLiveCurvesAndSavesIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.kindProperty().set("ranker");
            model.epochsProperty().set(2);
            model.deviceProperty().set("cpu");
        });
        robot.clickOn("#startTraining");
        Label message = robot.lookup("#trainMessage").queryAs(Label.class);
        FxTests.waitUntil("the ranker is saved", () -> message.getText().startsWith("Saved ranker"));
        assertEquals(1.0, robot.lookup("#trainProgress").queryAs(ProgressBar.class).getProgress());
        assertTrue(model.curvesProperty().get().steps().length > 1);
        assertEquals(2, model.curvesProperty().get().epochs().length);
        assertTrue(new ModelStore(shop).names().contains("ranker"));
        XYChart loss = robot.lookup("#lossChartChart").queryAs(XYChart.class);
        assertEquals(2, loss.getPlugins().stream().filter(XValueIndicator.class::isInstance).count(),
                "the end of each epoch is marked on the loss chart");
        XYChart validation = robot.lookup("#validationChartChart").queryAs(XYChart.class);
        WaitForAsyncUtils.waitForFxEvents();
        Axis epochs = validation.getXAxis();
        assertTrue(epochs.getMin() < 1 && epochs.getMax() > 2, "both epochs inside the range, not on its edge: "
                + epochs.getMin() + " to " + epochs.getMax());
        assertTrue(((AbstractAxis) epochs).getTickMarkValues().size() > 0);
        for (int i = 0; i < ((AbstractAxis) epochs).getTickMarkValues().size(); i++) {
            double tick = ((AbstractAxis) epochs).getTickMarkValues().getDouble(i);
            assertEquals(Math.rint(tick), tick, "epoch ticks on whole numbers");
        }

        robot.interact(() -> model.kindProperty().set("popularity"));
        assertTrue(robot.lookup("#trainEpochs").queryAs(Spinner.class).isDisabled(), "popularity has no epochs");
        assertTrue(robot.lookup("#trainLearningRate").queryAs(TextField.class).isDisabled());
        robot.clickOn("#startTraining");
        FxTests.waitUntil("popularity is saved", () -> message.getText().startsWith("Saved popularity"));
        TableView<?> runs = robot.lookup("#trainRuns").queryAs(TableView.class);
        assertEquals(2, runs.getItems().size(), "the first run is kept beside the second");
        assertEquals(2, loss.getRenderers().stream().mapToInt(r -> r.getDatasets().size()).sum(), "both runs drawn");
        FxTests.screenshot(scene, "train-ranker");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void theWindowKeepsAnsweringWhileALongTrainingRunsAndCancelStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> model.kindProperty().set("slow"));
        robot.clickOn("#startTraining");
        FxTests.waitUntil("the training reports progress", () -> model.progressProperty().get() > 0.001);
        double before = model.progressProperty().get();
        for (int i = 0; i < 5; i++) {
            long asked = System.nanoTime();
            // the FX thread must answer within a short deadline while the training runs
            Boolean running = WaitForAsyncUtils.asyncFx(() -> model.runningProperty().get()).get(1, TimeUnit.SECONDS);
            assertTrue(running);
            assertTrue(System.nanoTime() - asked < 1_000_000_000L);
            robot.clickOn("#trainEpochs");
        }
        FxTests.waitUntil("progress keeps rising", () -> model.progressProperty().get() > before);
        FxTests.waitUntil("time remaining is shown", () -> !robot.lookup("#trainRemaining").queryAs(Label.class)
                .getText().isEmpty());
        FxTests.waitUntil("the loss curve grows", () -> model.curvesProperty().get().steps().length > 10);
        FxTests.screenshot(scene, "train-running");
        robot.clickOn("#cancelTraining");
        Label message = robot.lookup("#trainMessage").queryAs(Label.class);
        FxTests.waitUntil("the training is cancelled", () -> message.getText().equals(
                "Training cancelled; no model was saved"));
        assertTrue(!robot.lookup("#startTraining").queryAs(Button.class).isDisabled());
        assertTrue(new ModelStore(shop).names().stream().noneMatch(n -> n.startsWith("slow")));
    }

    @Test
    void tuningShowsEachTrialAsItEndsAndStopEndsTheSearch(FxRobot robot) throws Exception {
        robot.interact(() -> {
            tune.kindProperty().set("sequence");
            tune.settingsProperty().set(50); // more than a quiet machine runs before the click below
            tune.budgetProperty().set("10m");
            robot.lookup("#trainPage").queryAs(ScrollPane.class).setVvalue(1); // tuning sits below the runs
        });
        robot.clickOn("#startTuning");
        TableView<?> trials = robot.lookup("#tuneTrials").queryAs(TableView.class);
        FxTests.waitUntil("the first trial is listed", () -> !trials.getItems().isEmpty());
        assertTrue(robot.lookup("#startTraining").queryAs(Button.class).isDisabled());
        FxTests.screenshot(scene, "train-tuning");
        robot.clickOn("#stopTuning");
        Label verdict = robot.lookup("#tuneVerdict").queryAs(Label.class);
        FxTests.waitUntil("the search ends with a verdict", () -> !verdict.getText().isEmpty());
        assertTrue(!tune.runningProperty().get());
        assertTrue(trials.getItems().size() < 50, "stopped before every setting ran");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
