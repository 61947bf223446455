package merchlab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSummaryTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyWorkspace() {
        WorkspaceSummary s = WorkspaceSummary.of(Workspace.open(dir.resolve("ws.db")));
        assertEquals(0, s.events());
        assertNull(s.from());
        assertNull(s.encoder());
        assertEquals(6, s.eventsByType().size());
        assertEquals(Migrations.latestVersion(), s.schemaVersion());
    }

    @Test
    void countsTypesTimeRangeCategoriesEncoderAndModels() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        try (Connection c = ws.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO products(id, title, category, updated_at) VALUES "
                    + "('a', 'A', 'Apparel > Tops', 0), ('b', 'B', 'Apparel > Shoes', 0), ('c', 'C', 'Kitchen', 0), "
                    + "('d', 'D', NULL, 0)");
            st.execute("INSERT INTO users(id) VALUES ('u1'), ('u2')");
            st.execute("INSERT INTO events(id, ts, user_id, type, product_id) VALUES (1, 1000, 'u1', 'view', 'a'), "
                    + "(2, 5000, 'u1', 'click', 'a'), (3, 3000, 'u2', 'view', 'b')");
            st.execute("INSERT INTO judgments(query, product_id, grade) VALUES ('q', 'a', 1.0)");
            st.execute("INSERT INTO models(name, kind, settings, created_at) VALUES ('late', 'ranker', '{}', 9), "
                    + "('early', 'popularity', '{}', 1)");
        }
        ws.putMeta("encoder", "bge-small-zh-v15-q");
        WorkspaceSummary s = WorkspaceSummary.of(ws);
        assertEquals(4, s.products());
        assertEquals(2, s.users());
        assertEquals(3, s.events());
        assertEquals(1, s.judgments());
        assertEquals(Map.of("search", 0L, "impression", 0L, "click", 1L, "view", 2L, "add_to_cart", 0L,
                "purchase", 0L), s.eventsByType());
        assertEquals(Instant.ofEpochMilli(1000), s.from());
        assertEquals(Instant.ofEpochMilli(5000), s.to());
        assertEquals(List.of(new WorkspaceSummary.CategoryCount("Apparel", 2),
                new WorkspaceSummary.CategoryCount("Kitchen", 1)), s.topCategories());
        assertEquals("bge-small-zh-v15-q", s.encoder());
        assertEquals(List.of("early", "late"), s.models());
    }
}
