package merchlab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import merchlab.search.Candidate;
import org.junit.jupiter.api.Test;

/** The relevance gate's order on a hand-computed case. */
class RelevanceGateTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "e", "x");
    private static final double[] SCORES = {0.1, 0.5, 0.2, 0.3, 0.9, 1.0};

    private static List<String> ordered(RelevanceGate gate) {
        return gate.order(IDS, SCORES).stream().map(IDS::get).toList();
    }

    @Test
    void withoutASearchTheModelsScoresAloneDecide() {
        assertEquals(List.of("x", "e", "b", "d", "c", "a"), ordered(RelevanceGate.NONE));
    }

    @Test
    void strongMatchesComeFirstAndTheRetrieversRankKeepsAVoteWithinATier() {
        List<Candidate> retrieved = List.of("a", "b", "c", "d", "e").stream()
                .map(id -> new Candidate(id, 0, 0, 0, 0, 0, Set.of())).toList();
        RelevanceGate gate = RelevanceGate.retrieved(retrieved, 2, 2.0);
        // fused = 1/(10 + model rank) + 2/(10 + retrieval rank); model ranks x1 e2 b3 d4 c5 a6
        // tier 0: a 1/16 + 2/11 = 0.2443 > b 1/13 + 2/12 = 0.2436
        // tier 1: c 1/15 + 2/13 = 0.2205 > e 1/12 + 2/15 = 0.2167 > d 1/14 + 2/14 = 0.2143; x was not retrieved
        assertEquals(List.of("a", "b", "c", "e", "d", "x"), ordered(gate));
        assertEquals(0, gate.tier("b"));
        assertEquals(1, gate.tier("e"));
        assertEquals(2, gate.tier("x"));
    }
}
