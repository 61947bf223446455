package merchlab.eval.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import merchlab.model.TrainingSettings;
import org.junit.jupiter.api.Test;

class TrialTest {
    private static Trial trial(TrainingSettings s) {
        return new Trial(0, 0, 1, Map.of(), s, Trial.STOPPED, Map.of(), 1.5, "the budget ran out");
    }

    @Test
    void saysHowLongItTrainedEvenWhenTheModelChoseTheLength() {
        assertEquals("4 epochs", trial(TrainingSettings.defaults().withEpochs(4)).length());
        assertEquals("early stopping", trial(TrainingSettings.defaults()).length());
    }

    @Test
    void aStoppedTrialHasNoScore() {
        Trial t = trial(TrainingSettings.defaults());
        assertFalse(t.finished());
        assertEquals(Double.NaN, t.ndcg());
    }
}
