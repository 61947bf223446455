package merchlab.eval.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

class TemporalSplitTest {
    private final InteractionLog log = InteractionLog.of(List.of(
            new Interaction("a", "p1", 100), new Interaction("a", "p2", 200), new Interaction("a", "p3", 300),
            new Interaction("a", "p4", 400), new Interaction("b", "p1", 150), new Interaction("b", "p5", 350),
            new Interaction("c", "p6", 420), new Interaction("b", "p1", 410)));

    @Test
    void placesEventsByCutOff() {
        TemporalSplit split = new TemporalSplit(300, 400);
        assertEquals(TemporalSplit.Part.TRAINING, split.partOf(299));
        assertEquals(TemporalSplit.Part.VALIDATION, split.partOf(300));
        assertEquals(TemporalSplit.Part.TEST, split.partOf(400));
    }

    @Test
    void trainsBeforeValidatesBetweenTestsAfter() {
        ProtocolSplit split = new TemporalSplit(300, 400).split(log);
        assertEquals(3, split.training().size());
        assertEquals(List.of(new RankingCase("a", List.of("p1", "p2"), Set.of("p1", "p2"), Set.of("p3")),
                new RankingCase("b", List.of("p1"), Set.of("p1"), Set.of("p5"))), split.validation());
        // b's test product p1 is already in the history; c is new and ranked from nothing
        assertEquals(List.of(new RankingCase("a", List.of("p1", "p2", "p3"), Set.of("p1", "p2", "p3"), Set.of("p4")),
                new RankingCase("c", List.of(), Set.of(), Set.of("p6"))), split.test());
    }

    @Test
    void quantilesCutAtEventTimes() {
        TemporalSplit split = TemporalSplit.atQuantiles(log, 0.5, 0.75);
        assertEquals(350, split.validationFrom()); // times sorted: 100 150 200 300 350 400 410 420
        assertEquals(410, split.testFrom());
    }
}
