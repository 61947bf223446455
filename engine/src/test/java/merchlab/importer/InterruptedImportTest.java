package merchlab.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import merchlab.importer.store.ReportStore;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report left 'running' by a killed importer reads as interrupted unless a writer is at work. */
class InterruptedImportTest {
    @TempDir
    Path dir;

    @Test
    void aRunningReportWithoutAWriterIsShownInterrupted() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        try (Connection c = ws.connect()) {
            new ReportStore(c).start("events.csv", "events-csv", System.currentTimeMillis());
        }
        assertEquals("interrupted", new ImportService(ws).reports(1).get(0).status());
        try (WriterLock lock = ws.lockForWriting()) {
            assertEquals("running", new ImportService(Workspace.openForReading(ws.file())).reports(1).get(0).status());
        }
    }
}
