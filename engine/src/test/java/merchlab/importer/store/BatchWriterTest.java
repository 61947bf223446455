package merchlab.importer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWriterTest {
    private static final String BAD_TYPE = "INSERT INTO events(id, ts, type) VALUES (99, 1, 'teleport')";

    @Test
    void writesEventsAndTurnsTheSchemasChecksBackOnWhenClosed(@TempDir Path dir) throws SQLException {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        try (Connection c = ws.connectForBulkWrites()) {
            Batch b = new Batch();
            Event e = new Event(1_000L, "u1", "s1", EventType.CLICK, "p1", "shoes", 2, "mobile", 1200L, 9.5, null,
                    "r1", null);
            b.addEvent(e, EventIds.of(e));
            Totals t = new Totals();
            try (BatchWriter w = new BatchWriter(c, 1, 0)) {
                w.write(b, t);
            }
            assertEquals(1, t.events);
            try (Statement st = c.createStatement()) {
                assertThrows(SQLException.class, () -> st.execute(BAD_TYPE));
                var rs = st.executeQuery("SELECT type, product_id FROM events");
                rs.next();
                assertEquals("click", rs.getString(1));
                assertEquals("p1", rs.getString(2));
            }
        }
    }
}
