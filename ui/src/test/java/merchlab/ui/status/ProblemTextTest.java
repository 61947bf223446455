package merchlab.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import merchlab.MerchLabException;
import org.junit.jupiter.api.Test;

/** The window's one-line problems name the window's actions, not command-line steps. */
class ProblemTextTest {
    @Test
    void aMissingEncodingAsksToPrepareTheWorkspace() {
        String text = ProblemText.describe("Ranking products", new MerchLabException(
                "the workspace has no product embeddings yet: run merchlab encode --workspace shop.db first"));
        assertEquals("Ranking products failed: the workspace has no product embeddings yet: prepare the workspace "
                + "(Workspace › Prepare workspace)", text);
        assertTrue(ProblemText.solvedByPreparing(text));
    }

    @Test
    void aMissingModelOffersPreparingOrTraining() {
        String text = ProblemText.reason(new IllegalStateException(new MerchLabException(
                "no model in this workspace: train one first, for example merchlab train --model ranker")));
        assertEquals("no model in this workspace: prepare the workspace (Workspace › Prepare workspace) or train one "
                + "in Train", text);
    }

    @Test
    void otherProblemsAreSaidAsTheEngineSaysThem() {
        String text = ProblemText.reason(new MerchLabException("cannot read shop.csv: no such file"));
        assertEquals("cannot read shop.csv: no such file", text);
        assertFalse(ProblemText.solvedByPreparing(text));
    }
}
