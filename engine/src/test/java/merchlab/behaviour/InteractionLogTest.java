package merchlab.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionLogTest {
    @Test
    void groupsByShopperAndSortsByTimeKeepingGivenOrderForTies() {
        InteractionLog log = InteractionLog.of(List.of(new Interaction("b", "p3", 5), new Interaction("a", "p2", 9),
                new Interaction("a", "p1", 3), new Interaction("a", "p4", 9)));
        assertEquals(List.of("a", "b"), log.shoppers());
        assertEquals(List.of("p1", "p2", "p4"), log.products("a"));
        assertEquals(4, log.size());
        assertEquals(3L, log.from());
        assertEquals(9L, log.to());
        assertEquals(List.of("p1", "p2", "p3", "p4"), log.productIds());
    }

    @Test
    void collapsesImmediateRepeatsOnly() {
        InteractionLog log = InteractionLog.of(List.of(new Interaction("a", "p1", 1), new Interaction("a", "p1", 2),
                new Interaction("a", "p2", 3), new Interaction("a", "p1", 4))).withoutRepeats();
        assertEquals(List.of("p1", "p2", "p1"), log.products("a"));
    }
}
