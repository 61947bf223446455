package merchlab.importer;

import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import merchlab.CancelToken;
import merchlab.importer.bench.SyntheticEventsCsv;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real processes on one workspace, and an import killed in the middle. */
class ProcessSafetyTest {
    private static final int BATCH = 2_000;

    @TempDir
    Path dir;

    private static final ImportSettings SETTINGS = new ImportSettings(BATCH, 100, 1 << 20);

    private static Process importer(Path workspace, Path file, int batch, long pauseMs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportProcess.class.getName(), workspace.toString(), file.toString(), Integer.toString(batch),
                Long.toString(pauseMs), Long.toString(SETTINGS.deferIndexesBytes())).start();
    }

    @Test
    void aSecondWriterWaitsBrieflyThenIsToldTheWorkspaceIsBusy() throws Exception {
        Path db = dir.resolve("ws.db");
        Workspace ws = Workspace.open(db);
        Path file = Fixtures.copy("events.csv", dir);
        Process other;
        try (WriterLock held = ws.lockForWriting()) {
            other = importer(db, file, BATCH, 0);
            assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the second writer never gave up");
        }
        String err = new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, other.exitValue(), err);
        Matcher m = Pattern.compile("failed after (\\d+) ms: (.*)").matcher(err.strip());
        assertTrue(m.find(), err);
        assertTrue(Long.parseLong(m.group(1)) >= Workspace.WRITER_PATIENCE.toMillis() - 100, err);
        assertEquals("workspace ws.db is busy: another MerchLab process is writing to it; try again when it has "
                + "finished", m.group(2));
        assertEquals(0, number(ws, "SELECT count(*) FROM events"));
        assertEquals(0, number(ws, "SELECT count(*) FROM import_reports"));
    }

    @Test
    void aKilledImportLeavesWholeBatchesAndImportingAgainCompletesIt() throws Exception {
        Path db = dir.resolve("ws.db");
        Workspace.open(db);
        Path file = dir.resolve("big.csv");
        int events = 30_000;
        SyntheticEventsCsv.write(file, events, 99);
        assertTrue(Files.size(file) >= SETTINGS.deferIndexesBytes(), "file too small to set indexes aside");

        Process child = importer(db, file, BATCH, 5);
        long stored = waitForBatches(db, child, 2);
        Thread.sleep(15);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        assertTrue(stored >= 2 * BATCH, "the import finished before it could be killed");

        Workspace ws = Workspace.open(db);
        try (Connection c = ws.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        assertEquals(List.of("events_product", "events_sponsored", "events_user_ts"), column(ws,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL "
                        + "ORDER BY name"));
        long kept = number(ws, "SELECT count(*) FROM events");
        assertEquals(0, kept % BATCH, "a partial batch was stored");
        assertEquals(kept, number(ws, "SELECT accepted FROM import_reports"));
        assertEquals(number(ws, "SELECT count(DISTINCT user_id) FROM events"), number(ws, "SELECT count(*) FROM users"));

        ImportService service = new ImportService(ws, SETTINGS);
        ImportReport again = service.run(ImportRequest.of(file, DataKind.EVENTS), ImportListener.NONE,
                CancelToken.none());
        assertEquals("completed", again.status());
        assertEquals(events, number(ws, "SELECT count(*) FROM events"));
        assertEquals(kept, service.details(again.id()).duplicates());
        assertEquals(List.of("completed", "failed"), column(ws, "SELECT status FROM import_reports ORDER BY id DESC"));
    }

    /** Waits until the child has committed {@code batches} batches (or ended); returns the rows stored. */
    private static long waitForBatches(Path db, Process child, int batches) throws Exception {
        Workspace ws = Workspace.open(db);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            long accepted = number(ws, "SELECT coalesce(max(accepted), 0) FROM import_reports WHERE status = 'running'");
            if (accepted >= (long) batches * BATCH) {
                return accepted;
            }
            Thread.sleep(10);
        }
        return 0;
    }
}
