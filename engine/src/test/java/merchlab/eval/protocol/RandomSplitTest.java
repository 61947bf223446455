package merchlab.eval.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

class RandomSplitTest {
    private static InteractionLog log() {
        List<List<Interaction>> shoppers = new ArrayList<>();
        for (int u = 0; u < 6; u++) {
            String[] products = new String[20 + u * 5];
            for (int i = 0; i < products.length; i++) {
                products[i] = "p" + ((i * 7 + u) % 60);
            }
            shoppers.add(Logs.shopper("u" + u, products));
        }
        return InteractionLog.of(shoppers.stream().flatMap(List::stream).toList());
    }

    @Test
    void countsFollowRecBolesRatioSplit() {
        RandomSplit split = new RandomSplit(1);
        assertArrayEquals(new int[] {8, 1, 1}, split.counts(10));
        assertArrayEquals(new int[] {16, 2, 2}, split.counts(20));
        assertArrayEquals(new int[] {21, 2, 2}, split.counts(25));
        assertArrayEquals(new int[] {3, 1, 1}, split.counts(5)); // 0.5 rounds up while training keeps more than one
        assertArrayEquals(new int[] {1, 0, 1}, split.counts(2));
        assertArrayEquals(new int[] {1, 0, 0}, split.counts(1));
    }

    @Test
    void partsAreDisjointAndCoverEveryInteraction() {
        InteractionLog log = log();
        ProtocolSplit split = new RandomSplit(7).split(log);
        assertEquals(RandomSplit.NAME, split.protocol());
        assertEquals(6, split.test().size());
        int total = split.training().size();
        for (RankingCase test : split.test()) {
            RankingCase valid = split.validation().stream().filter(v -> v.userId().equals(test.userId()))
                    .findFirst().orElseThrow();
            Set<String> train = new HashSet<>(split.training().products(test.userId()));
            int n = log.interactions(test.userId()).size();
            assertEquals(new RandomSplit(7).counts(n)[0], train.size());
            assertEquals(n / 10, valid.relevant().size());
            assertEquals(n / 10, test.relevant().size());
            assertEquals(train, valid.excluded());
            Set<String> excluded = new HashSet<>(train);
            excluded.addAll(valid.relevant());
            assertEquals(excluded, test.excluded());
            assertTrue(test.relevant().stream().noneMatch(excluded::contains));
            assertEquals(split.training().products(test.userId()), test.history());
            assertEquals(test.history(), valid.history());
            total += valid.relevant().size() + test.relevant().size();
        }
        assertEquals(log.size(), total);
    }

    @Test
    void historyKeepsTimeOrder() {
        ProtocolSplit split = new RandomSplit(3).split(log());
        for (String user : split.training().shoppers()) {
            List<Interaction> kept = split.training().interactions(user);
            for (int i = 1; i < kept.size(); i++) {
                assertTrue(kept.get(i - 1).timestamp() <= kept.get(i).timestamp());
            }
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        InteractionLog log = log();
        ProtocolSplit a = new RandomSplit(5).split(log);
        ProtocolSplit b = new RandomSplit(5).split(log);
        assertEquals(a.test(), b.test());
        assertEquals(a.validation(), b.validation());
        assertEquals(a.training().stream().toList(), b.training().stream().toList());
        assertNotEquals(a.test(), new RandomSplit(6).split(log).test());
    }
}
