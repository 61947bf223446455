package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.protocol.ProtocolSplit;
import merchlab.eval.tune.Trial;
import merchlab.eval.tune.Tuner;
import merchlab.eval.tune.TuningReport;
import merchlab.eval.tune.TuningRequest;
import merchlab.features.ShopData;
import merchlab.features.SplitBehaviour;
import merchlab.model.DataWindow;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.store.TuningStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merchlab tune} on the tiny chain shop: every trial stored, weak settings stopped, the best repeatable. */
class SequenceTuningTest {
    private static final TrainingSettings SETTINGS = new TrainingSettings(6, 32, 0.01, 20, 5, "cpu", 1);

    private static TuningReport tune(Workspace ws, String kind, int configs, Duration budget) {
        return new Tuner(ws, ModelKinds.installed()).run(new TuningRequest(kind, new LeaveLastOut(), budget, configs,
                5, SETTINGS), new Tuner.Listener() { }, CancelToken.none());
    }

    @Test
    void theBestTrialRepeatsFromItsStoredSettingsAndSeed(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        TuningReport report = tune(ws, "sequence", 4, Duration.ofMinutes(10));
        assertNotNull(report.best(), report.verdict());
        List<Trial> stored = new TuningStore(ws).trials(report.run()).stream().map(Trial::of).toList();
        assertEquals(report.trials(), stored);
        Trial best = stored.get(report.best().trial());

        ModelKind kind = ModelKinds.installed().get("sequence");
        try (ShopData shop = new ShopData(ws, null)) {
            ProtocolSplit split = new LeaveLastOut().split(shop.behaviour().interactions());
            ShopData data = shop.withBehaviour(new SplitBehaviour(ws, shop::catalog, split.training()));
            SavedModel again = kind.train(new TrainingJob(data, "again", null, best.settings(), DataWindow.all(),
                    best.options(), null, false), split.validation(), TrainingListener.NONE, CancelToken.none());
            try (Recommender r = kind.open(again, data)) {
                Map<String, Double> metrics = new FullRankingEvaluation(shop.catalog().ids())
                        .evaluate(r, split.validation());
                assertEquals(best.metrics(), metrics);
            }
        }
        SavedModel saved = new ModelStore(ws).load(report.bestModel());
        assertEquals("sequence", saved.kind());
        assertTrue(saved.settings().get("tuning") instanceof Map<?, ?> t && t.get("trial").equals(best.trial()),
                saved.settings().toString());
    }

    @Test
    void weakSettingsTrainBrieflyAndOnlyTheBestThirdTrainsFully(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        TuningReport report = tune(ws, "sequence", 4, Duration.ofMinutes(10));
        // the defaults train fully first; three drawn settings train 2 of 6 epochs, without the transition skip;
        // the best of them trains again, fully
        List<Trial> trials = report.trials();
        assertEquals(5, trials.size(), trials.toString());
        assertEquals(0, trials.get(0).config());
        assertEquals(6, trials.get(0).settings().epochs());
        for (Trial t : trials.subList(1, 4)) {
            assertEquals(2, t.settings().epochs(), t.toString());
            assertEquals("false", t.options().get("transition-skip"));
        }
        Trial survivor = trials.subList(1, 4).stream().filter(Trial::finished)
                .max(java.util.Comparator.comparingDouble(Trial::ndcg)).orElseThrow();
        assertEquals(survivor.config(), trials.get(4).config());
        assertEquals(6, trials.get(4).settings().epochs());
        assertTrue(trials.stream().allMatch(Trial::finished), trials.toString());
    }

    @Test
    void whenNoSettingBeatsTheStrongestBaselineItStaysRecommended(@TempDir Path dir) throws Exception {
        // on a chain of products the next product is the one after the last: co-occurrence knows it, popularity never
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        TuningReport report = tune(ws, "popularity", 3, Duration.ofMinutes(5));
        assertEquals("cooccurrence", report.baseline());
        assertTrue(!report.beatsBaseline(), report.verdict());
        assertTrue(report.verdict().contains("no setting beats the strongest baseline, cooccurrence"),
                report.verdict());
        assertEquals(report.recommended(), new ModelStore(ws).recommended().orElseThrow().name());
        assertEquals("cooccurrence", new ModelStore(ws).load(report.recommended()).kind());
    }

    @Test
    void aSpentBudgetStopsTheTrialsAndSaysSo(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        TuningReport report = tune(ws, "sequence", 9, Duration.ofMillis(300));
        assertTrue(report.stoppedEarly());
        assertTrue(report.trials().stream().noneMatch(Trial::finished) || report.trials().size() < 9,
                report.trials().toString());
    }

    @Test
    void kindsWithoutSettingsOrRankingCasesAreClearErrors(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        MerchLabException semantic = assertThrows(MerchLabException.class,
                () -> tune(ws, "semantic", 3, Duration.ofMinutes(1)));
        assertTrue(semantic.getMessage().contains("no settings to tune"), semantic.getMessage());
        MerchLabException budget = assertThrows(MerchLabException.class, () -> TuningRequest.budget("soon"));
        assertTrue(budget.getMessage().contains("10m"), budget.getMessage());
        assertEquals(Duration.ofMinutes(10), TuningRequest.budget("10m"));
    }
}
