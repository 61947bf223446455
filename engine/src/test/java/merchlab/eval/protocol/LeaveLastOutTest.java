package merchlab.eval.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

class LeaveLastOutTest {
    private final InteractionLog log = Logs.of(Logs.shopper("a", "p1", "p2", "p3", "p4"),
            Logs.shopper("b", "p2", "p5"), Logs.shopper("c", "p9"), Logs.shopper("d", "p1", "p2", "p1"));

    @Test
    void lastIsTestAndTheOneBeforeValidates() {
        ProtocolSplit split = new LeaveLastOut().split(log);
        assertEquals(List.of("p1", "p2"), split.training().products("a"));
        RankingCase valid = split.validation().get(0);
        assertEquals(new RankingCase("a", List.of("p1", "p2"), Set.of("p1", "p2"), Set.of("p3")), valid);
        RankingCase test = split.test().get(0);
        assertEquals(new RankingCase("a", List.of("p1", "p2", "p3"), Set.of("p1", "p2", "p3"), Set.of("p4")), test);
    }

    @Test
    void shortHistoriesGiveFewerTargets() {
        ProtocolSplit split = new LeaveLastOut().split(log);
        assertEquals(List.of("p2"), split.training().products("b"));
        assertEquals(List.of("p9"), split.training().products("c"));
        assertEquals(List.of("a", "b"), split.test().stream().map(RankingCase::userId).toList());
        assertEquals(List.of("a", "d"), split.validation().stream().map(RankingCase::userId).toList());
    }

    @Test
    void aRepeatedProductIsNotATarget() {
        ProtocolSplit split = new LeaveLastOut().split(log);
        assertEquals(List.of("p1"), split.training().products("d"));
        assertEquals(Set.of("p2"), split.validation().get(1).relevant());
        assertEquals(0, split.test().stream().filter(c -> c.userId().equals("d")).count());
        assertEquals(10, split.training().size() + split.validation().size() + split.test().size() + 1);
    }

    @Test
    void keepingTheHistoryRanksItAndCountsARepeatedTarget() {
        ProtocolSplit split = new LeaveLastOut(HistoryRule.KEEP).split(log);
        assertEquals("leave-last-out-history-kept", split.protocol());
        assertEquals(new RankingCase("a", List.of("p1", "p2", "p3"), Set.of(), Set.of("p4")), split.test().get(0));
        RankingCase repeat = split.test().stream().filter(c -> c.userId().equals("d")).findFirst().orElseThrow();
        assertEquals(new RankingCase("d", List.of("p1", "p2"), Set.of(), Set.of("p1")), repeat);
    }
}
