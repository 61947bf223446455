package merchlab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredIndexesTest {
    @TempDir
    Path dir;

    private static List<String> eventIndexes(Workspace ws) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = ws.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL "
                        + "ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void indexesSetAsideAreBuiltAgainWhenTheWorkspaceIsNextOpened() throws Exception {
        Path file = dir.resolve("ws.db");
        Workspace ws = Workspace.open(file);
        assertEquals(List.of("events_product", "events_sponsored", "events_user_ts"), eventIndexes(ws));
        try (Connection c = ws.connect()) {
            List<String> set = DeferredIndexes.defer(c, "events");
            assertEquals(3, set.size());
            assertEquals(3, DeferredIndexes.pending(c).size());
        }
        assertTrue(eventIndexes(ws).isEmpty());

        Workspace reopened = Workspace.open(file);
        assertEquals(List.of("events_product", "events_sponsored", "events_user_ts"), eventIndexes(reopened));
        try (Connection c = reopened.connect()) {
            assertTrue(DeferredIndexes.pending(c).isEmpty());
            assertEquals(0, DeferredIndexes.restore(c));
        }
    }

    @Test
    void anotherWritersLockLeavesTheRebuildToThatWriter() throws Exception {
        Path file = dir.resolve("ws.db");
        Workspace ws = Workspace.open(file);
        try (Connection c = ws.connect()) {
            DeferredIndexes.defer(c, "events");
        }
        try (WriterLock held = ws.lockForWriting()) {
            long t0 = System.nanoTime();
            Workspace.open(file);
            assertTrue(System.nanoTime() - t0 < Workspace.WRITER_PATIENCE.toNanos(), "open waited for the writer");
            assertTrue(eventIndexes(ws).isEmpty());
        }
        Workspace.open(file);
        assertEquals(3, eventIndexes(ws).size());
    }
}
