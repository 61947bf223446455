package merchlab.eval.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        InteractionLog log = Logs.of(Logs.shopper("a", "p1", "p1", "p2", "p1")).withoutRepeats();
        assertEquals(List.of("p1", "p2", "p1"), log.products("a"));
    }

    @Test
    void readsEngagementEventsOfAWorkspace(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO events(id, ts, user_id, type, product_id) VALUES (?,?,?,?,?)")) {
            Object[][] rows = {{1, 10, "u1", "impression", "p1"}, {2, 11, "u1", "click", "p1"},
                {3, 12, "u1", "purchase", "p1"}, {4, 13, "u1", "view", "p2"}, {5, 14, "u2", "add_to_cart", "p3"},
                {6, 15, "u2", "search", null}, {7, 16, null, "click", "p4"}};
            for (Object[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    ps.setObject(i + 1, r[i]);
                }
                ps.executeUpdate();
            }
        }
        InteractionLog log = InteractionLog.fromWorkspace(ws);
        assertEquals(List.of("p1", "p2"), log.products("u1"));
        assertEquals(List.of("p3"), log.products("u2"));
        assertEquals(Map.of("p1", 1, "p2", 1, "p3", 1), log.productCounts());
        assertTrue(log.interactions("nobody").isEmpty());
    }
}
