package merchlab.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.features.ShopData;
import merchlab.model.ModelKinds;
import merchlab.model.ModelStore;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.ui.RecordingProblems;
import merchlab.ui.SlowKind;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainViewModelTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private TestWorkbench workbench;

    @BeforeEach
    void workbench() {
        workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
    }

    @Test
    void trainsARankerSavesItAndKeepsItsCurves() {
        Workspace ws = TinyShop.create(dir.resolve("shop.db"));
        workbench.open(ws);
        TrainViewModel train = new TrainViewModel(workbench, ModelKinds.installed(), TinyShop::data);
        assertEquals("ranker", train.kindProperty().get());
        train.epochsProperty().set(2);
        train.deviceProperty().set("cpu");
        train.start();
        SavedModel saved = train.trainedProperty().get();
        assertNotNull(saved, train.messageProperty().get());
        assertEquals("ranker", saved.name());
        assertEquals(List.of("ranker"), new ModelStore(ws).names());
        assertTrue(train.messageProperty().get().startsWith("Saved ranker (ranker, cpu)"), train.messageProperty().get());
        TrainingCurves.Snapshot curves = train.curvesProperty().get();
        assertTrue(curves.steps().length >= 2, "a loss per step");
        assertEquals(2, curves.epochs().length);
        assertEquals("auc", curves.metricName());
        assertFalse(train.runningProperty().get());
        assertEquals(1.0, train.progressProperty().get());
        assertEquals(1, workbench.dataVersionProperty().get());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void settingsOutOfRangeAreRefusedWithAReason() {
        workbench.open(Workspace.open(dir.resolve("empty.db")));
        TrainViewModel train = new TrainViewModel(workbench, ModelKinds.installed(), TinyShop::data);
        train.learningRateProperty().set(Double.NaN);
        train.start();
        assertTrue(train.messageProperty().get().startsWith("learning rate must be above 0"));
        train.learningRateProperty().set(0.01);
        train.batchSizeProperty().set(-1);
        train.start();
        assertEquals("batch size must be between 1 and 65536 (0 to let the model choose), not -1",
                train.messageProperty().get());
        assertFalse(train.runningProperty().get());
    }

    @Test
    void aCancelledTrainingSavesNothingAndSaysSo() {
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        workbench.open(ws);
        SlowKind cancelling = new SlowKind(10, 0) {
            @Override
            public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
                listener.step(1, 1, 0.5, 0.1);
                throw new CancelledException();
            }
        };
        TrainViewModel train = new TrainViewModel(workbench, new ModelKinds(List.of(cancelling)),
                w -> new ShopData(w, () -> null));
        train.start();
        assertEquals("Training cancelled; no model was saved", train.messageProperty().get());
        assertEquals(1, train.curvesProperty().get().steps().length);
        assertTrue(new ModelStore(ws).names().isEmpty());
        assertFalse(train.runningProperty().get());
    }

    @Test
    void anEmptyWorkspaceFailsWithAClearMessage() {
        workbench.open(Workspace.open(dir.resolve("empty.db")));
        TrainViewModel train = new TrainViewModel(workbench, ModelKinds.installed(), TinyShop::data);
        train.start();
        assertTrue(train.messageProperty().get().startsWith("Training failed: "), train.messageProperty().get());
        assertFalse(train.runningProperty().get());
        assertEquals(1, problems.reports.size());
    }
}
