package merchlab.eval.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import merchlab.text.EmbeddingStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingWorkspaceTest {
    @Test
    void keepsTheCatalogAndOnlyTheTrainingEngagements(@TempDir Path dir) throws Exception {
        Workspace source = Workspace.open(dir.resolve("shop.db"));
        try (Connection c = source.connect()) {
            for (String p : List.of("p1", "p2", "p3")) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO products(id, title, updated_at) VALUES (?, ?, 0)")) {
                    ps.setString(1, p);
                    ps.setString(2, "title " + p);
                    ps.executeUpdate();
                }
            }
            Object[][] events = {{1, 10, "u", "impression", "p1"}, {2, 11, "u", "click", "p1"},
                {3, 12, "u", "purchase", "p2"}, {4, 13, "v", "view", "p3"}};
            for (Object[] e : events) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO events(id, ts, user_id, type, product_id) VALUES (?,?,?,?,?)")) {
                    for (int i = 0; i < e.length; i++) {
                        ps.setObject(i + 1, e[i]);
                    }
                    ps.executeUpdate();
                }
            }
        }
        new EmbeddingStore(source).save("en", List.of(new EmbeddingStore.Entry("product", "p1", 1, new float[] {1, 0})));
        source.putMeta(EmbeddingStore.ENCODER_SETTING, "en");
        InteractionLog training = InteractionLog.of(List.of(new Interaction("u", "p1", 11),
                new Interaction("v", "p3", 13)));
        Path file;
        try (TrainingWorkspace tw = TrainingWorkspace.create(source, training, dir.resolve("scratch"))) {
            Workspace ws = tw.workspace();
            file = ws.file();
            assertEquals(List.of("p1", "p3"), InteractionLog.fromWorkspace(ws).productIds());
            assertEquals(2, count(ws, "SELECT COUNT(*) FROM events"));
            assertEquals(3, count(ws, "SELECT COUNT(*) FROM products"));
            assertEquals("en", new EmbeddingStore(ws).encoder().orElseThrow());
            assertEquals(1, new EmbeddingStore(ws).products("en").size());
            assertTrue(Files.exists(file));
        }
        assertFalse(Files.exists(file));
        assertEquals(4, count(source, "SELECT COUNT(*) FROM events"));
    }

    private static long count(Workspace ws, String sql) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }
}
