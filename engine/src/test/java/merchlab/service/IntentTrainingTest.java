package merchlab.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.model.TrainingListener;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentTrainingTest {
    @TempDir
    Path dir;

    @Test
    void savesTheModelAndTheBaselineWithTheirCalibrationAndLineage() {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        IntentTraining.Result first = ServiceTraining.train(ws);
        assertEquals("intent", first.model().name());
        assertEquals(IntentRecogniser.KIND, first.model().kind());
        assertEquals("intent-baseline", first.baseline().name());
        assertEquals(IntentRecogniser.BASELINE_KIND, first.baseline().kind());
        assertTrue((Double) first.model().settings().get("temperature") > 0);
        assertTrue((Double) first.model().settings().get("handoffThreshold") >= IntentEvaluation.MIN_THRESHOLD);
        assertEquals(List.of("cancel_order", "contact_human_agent", "place_order", "track_order"),
                first.model().settings().get("intents"));

        IntentTraining.Result second = ServiceTraining.train(ws);
        assertEquals("intent-2", second.model().name());
        assertEquals("intent", second.model().parent());
        assertEquals("intent-baseline", second.baseline().parent());
        assertEquals(4, new ModelStore(ws).list().size());
    }

    @Test
    void learnsTheFixtureAndGivesProbabilitiesThatSumToOne() {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        IntentTraining.Result result = ServiceTraining.train(ws);
        try (IntentRecogniser model = ServiceTraining.open(result)) {
            IntentReport report = IntentEvaluation.evaluate(model, ServiceTraining.fixtureMessages());
            assertTrue(report.accuracy() >= 0.9, "accuracy on the training messages: " + report.accuracy());
            double sum = 0;
            for (double p : model.guess("where is my order 12345").probabilities()) {
                sum += p;
            }
            assertEquals(1, sum, 1e-9);
            assertEquals("track_order", model.guess("where is my order S00000001").intent());
        }
    }

    @Test
    void theSavedModelReadsAMisspelledWordAsTheWordMeantAndTheOptionTurnsThatOff() {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        IntentTraining.Result mended = ServiceTraining.train(ws);
        assertEquals(true, ((Map<?, ?>) mended.model().settings().get("architecture")).get("spelling"));
        try (IntentRecogniser model = ServiceTraining.open(mended)) {
            assertArrayEquals(model.guess("where is my order S00000001").probabilities(),
                    model.guess("where is my ordre S00000001").probabilities(), 1e-12);
        }
        IntentTraining.Result asWritten = ServiceTraining.training(ws).train(ServiceTraining.fixtureMessages(),
                "messages.csv", "en", ServiceTraining.SETTINGS, Map.of("spelling", "false"), null,
                TrainingListener.NONE, CancelToken.none());
        try (IntentRecogniser model = ServiceTraining.open(asWritten)) {
            double[] right = model.guess("where is my order S00000001").probabilities();
            double[] typo = model.guess("where is my ordre S00000001").probabilities();
            assertTrue(!java.util.Arrays.equals(right, typo), "without spelling the typo reads differently");
        }
        MerchLabException bad = assertThrows(MerchLabException.class, () -> ServiceTraining.training(ws).train(
                ServiceTraining.fixtureMessages(), "messages.csv", "en", ServiceTraining.SETTINGS,
                Map.of("spelling", "maybe"), null, TrainingListener.NONE, CancelToken.none()));
        assertEquals("option spelling must be true or false, not 'maybe'", bad.getMessage());
    }

    @Test
    void theSameSeedTrainsTheSameModel() {
        Workspace a = Workspace.open(dir.resolve("a.db"));
        Workspace b = Workspace.open(dir.resolve("b.db"));
        assertArrayEquals(ServiceTraining.train(a).model().parameters(), ServiceTraining.train(b).model().parameters());
    }

    @Test
    void aCancelledTrainingSavesNothing() {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> ServiceTraining.training(ws).train(
                ServiceTraining.fixtureMessages(), "m.csv", "en", ServiceTraining.SETTINGS, Map.of(), null,
                TrainingListener.NONE, cancel));
        assertTrue(new ModelStore(ws).list().isEmpty());
    }

    @Test
    void oneIntentIsNotEnoughToTrain() {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        List<LabelledMessage> one = ServiceTraining.fixtureMessages().stream()
                .filter(m -> m.intent().equals("track_order")).toList();
        MerchLabException e = assertThrows(MerchLabException.class, () -> ServiceTraining.training(ws).train(one,
                "m.csv", "en", ServiceTraining.SETTINGS, Map.of(), null, TrainingListener.NONE, CancelToken.none()));
        assertTrue(e.getMessage().contains("at least two are needed"), e.getMessage());
    }
}
