package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.protocol.ProtocolEvaluation;
import merchlab.model.ModelKinds;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking protocols over a workspace: trained kinds retrained on the protocol's data, beside every baseline. */
class ProtocolEvaluationTest {
    @Test
    void leaveLastOutRetrainsTheSavedKindAndEveryBaseline(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        TrainingSettings settings = new TrainingSettings(15, 32, 0.01, 20, 3, "cpu", 1);
        new ModelStore(ws).save(new SequenceTrainer(TinyShop.small()).train(ws, "fake", settings.withEpochs(1),
                TrainingListener.NONE, CancelToken.none()));
        ProtocolEvaluation.Report report = new ProtocolEvaluation(ws, ModelKinds.installed(), new EvaluationStore(ws))
                .run(ProtocolEvaluation.protocol("leave-last-out", 1), null, settings,
                TrainingListener.NONE, CancelToken.none());
        assertEquals(LeaveLastOut.NAME, report.protocol());
        assertEquals(60, report.testShoppers());
        assertEquals(30, report.products());
        List<String> models = report.results().stream().map(ProtocolEvaluation.Result::model).toList();
        assertTrue(models.containsAll(List.of("sequence", "popularity", "cooccurrence")), models.toString());
        ProtocolEvaluation.Result sequence = report.results().get(0);
        assertNull(sequence.skipped());
        Map<String, Double> popularity = report.results().stream().filter(r -> r.model().equals("popularity"))
                .findFirst().orElseThrow().metrics();
        assertTrue(sequence.metrics().get("hit@10") > popularity.get("hit@10") + 0.3,
                sequence.metrics() + " vs " + popularity);
        assertTrue(new EvaluationStore(ws).latest().stream().anyMatch(r -> r.protocol().equals(LeaveLastOut.NAME)
                && r.model().equals("sequence")));
    }

    @Test
    void theRankerIsLeftOutWithItsReasonNotRetrained(@TempDir Path dir) throws Exception {
        Workspace ws = SequenceTrainerTest.shop(dir.resolve("shop.db"));
        new ModelStore(ws).save(new SavedModel("ranker", "ranker", Map.of(), null, Map.of(), null, null, null, "cpu",
                1L, null, null));
        ProtocolEvaluation.Report report = new ProtocolEvaluation(ws, ModelKinds.installed(), new EvaluationStore(ws))
                .run(ProtocolEvaluation.protocol("leave-last-out", 1), "ranker", null, TrainingListener.NONE,
                        CancelToken.none());
        ProtocolEvaluation.Result ranker = report.results().get(0);
        assertEquals("ranker", ranker.model());
        assertTrue(ranker.skipped().contains("click model"), ranker.skipped());
        assertTrue(report.results().stream().anyMatch(r -> r.model().equals("cooccurrence") && r.skipped() == null));
    }

    @Test
    void unknownProtocolIsAClearError() {
        MerchLabException e = assertThrows(MerchLabException.class, () -> ProtocolEvaluation.protocol("weekly", 1));
        assertTrue(e.getMessage().contains("leave-last-out"));
    }
}
