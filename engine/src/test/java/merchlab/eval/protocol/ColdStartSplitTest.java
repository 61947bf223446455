package merchlab.eval.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

class ColdStartSplitTest {
    private static InteractionLog log() {
        List<Interaction> all = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            String[] products = new String[8];
            for (int i = 0; i < products.length; i++) {
                products[i] = "p" + ((u * 3 + i * 5) % 40);
            }
            all.addAll(Logs.shopper("u" + u, products));
        }
        return InteractionLog.of(all);
    }

    @Test
    void heldOutProductsNeverReachTraining() {
        InteractionLog log = log();
        ColdStartSplit protocol = new ColdStartSplit(0.2, 11);
        List<String> cold = protocol.coldProducts(log);
        assertEquals(Math.round(0.2 * log.productIds().size()), cold.size());
        ProtocolSplit split = protocol.split(log);
        assertTrue(split.training().stream().noneMatch(i -> cold.contains(i.productId())));
        assertTrue(split.validation().stream().allMatch(c -> c.relevant().stream().noneMatch(cold::contains)));
        assertTrue(split.test().stream().allMatch(c -> cold.containsAll(c.relevant())));
        assertTrue(split.test().stream().allMatch(c -> c.history().stream().noneMatch(cold::contains)));
        assertEquals(cold, new ColdStartSplit(0.2, 11).coldProducts(log));
    }

    @Test
    void testCasesFindEveryHeldOutProductOfTheShopper() {
        InteractionLog log = log();
        ColdStartSplit protocol = new ColdStartSplit(0.2, 11);
        Set<String> cold = new HashSet<>(protocol.coldProducts(log));
        ProtocolSplit split = protocol.split(log);
        for (RankingCase c : split.test()) {
            Set<String> expected = new HashSet<>(log.products(c.userId()));
            expected.retainAll(cold);
            assertEquals(expected, c.relevant());
            List<String> warm = log.products(c.userId()).stream().filter(p -> !cold.contains(p)).toList();
            assertEquals(warm, c.history());
            assertEquals(warm.subList(0, warm.size() - 1), split.training().products(c.userId()));
        }
    }
}
