package merchlab.ui.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every term a screen puts a "?" beside has a meaning, found whatever its case. */
class GlossaryTest {
    @Test
    void definesTheTermsTheScreensExplain() {
        for (String term : List.of("CTR", "predicted CTR", "ECE", "completeness error", "attribution", "baseline",
                "rank move", "NDCG@10", "AUC", "judged grade")) {
            assertTrue(Glossary.meaning(term).filter(m -> m.length() > 40).isPresent(), term);
        }
        assertEquals(Glossary.meaning("ECE"), Glossary.meaning(" ece "));
        assertTrue(Glossary.meaning("ECE").orElseThrow().startsWith("Expected calibration error"));
        assertEquals(Optional.empty(), Glossary.meaning("flux capacitor"));
    }
}
