package merchlab.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
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
        TrainViewModel train = new TrainViewModel(workbench, TinyShop.services());
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
        TrainViewModel train = new TrainViewModel(workbench, TinyShop.services());
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
        TrainViewModel train = new TrainViewModel(workbench, new ShopServices(new ModelKinds(List.of(cancelling)),
                w -> new ShopData(w, () -> null), TinyShop::search, TinyShop::preparation));
        train.start();
        assertEquals("Training cancelled; no model was saved", train.messageProperty().get());
        assertEquals(1, train.curvesProperty().get().steps().length);
        assertTrue(new ModelStore(ws).names().isEmpty());
        assertFalse(train.runningProperty().get());
    }

    @Test
    void anEmptyWorkspaceFailsWithAClearMessage() {
        workbench.open(Workspace.open(dir.resolve("empty.db")));
        TrainViewModel train = new TrainViewModel(workbench, TinyShop.services());
        train.start();
        assertTrue(train.messageProperty().get().startsWith("Training failed: "), train.messageProperty().get());
        assertFalse(train.runningProperty().get());
        assertEquals(1, problems.reports.size());
    }

    @Test
    void eachRunKeepsItsCurvesOnOneStepCountAcrossEpochsAndTheNextRunKeepsThePrevious() {
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        workbench.open(ws);
        SlowKind restartingEachEpoch = new SlowKind(6, 0) {
            @Override
            public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
                for (int epoch = 1; epoch <= 2; epoch++) {
                    for (int step = 1; step <= 3; step++) { // counted per epoch, as the ranker does
                        listener.step(epoch, step, 1.0 / (epoch * 3 + step), (epoch - 1) / 2.0 + step / 6.0);
                    }
                    listener.epoch(epoch, 0.1, java.util.Map.of("auc", 0.6 + epoch / 10.0));
                }
                return super.train(job, TrainingListener.NONE, cancel);
            }
        };
        TrainViewModel train = new TrainViewModel(workbench, new ShopServices(new ModelKinds(List.of(restartingEachEpoch)),
                w -> new ShopData(w, () -> null), TinyShop::search, TinyShop::preparation));
        train.epochsProperty().set(2);
        train.start();
        train.start();

        assertEquals(2, train.runs().size());
        TrainingRun first = train.runs().get(0);
        TrainingCurves.Snapshot curves = first.curvesProperty().get();
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, curves.steps());
        assertArrayEquals(new double[] {3, 6}, curves.epochEnds());
        assertArrayEquals(new double[] {1, 2}, curves.epochs());
        assertEquals("auc 0.8000", first.bestValidation());
        assertEquals("#1 slow", first.label());
        assertTrue(first.outcomeProperty().get().startsWith("saved as slow"), first.outcomeProperty().get());
        assertEquals("#2 slow", train.runs().get(1).label());
        assertEquals(6, train.runs().get(1).curvesProperty().get().steps().length);
        assertEquals(List.of(first, train.runs().get(1)), train.charted());
        first.shownProperty().set(false);
        assertEquals(List.of(train.runs().get(1)), train.charted());
    }

    @Test
    void epochsAndLearningRateApplyOnlyToKindsThatLearnOverEpochs() {
        TrainViewModel train = new TrainViewModel(workbench, TinyShop.services());
        assertTrue(train.trainsInEpochsProperty().get(), "the ranker learns over epochs");
        train.kindProperty().set("popularity");
        assertFalse(train.trainsInEpochsProperty().get(), "popularity is counted in one pass");
        train.kindProperty().set("sequence");
        assertTrue(train.trainsInEpochsProperty().get());
    }
}
