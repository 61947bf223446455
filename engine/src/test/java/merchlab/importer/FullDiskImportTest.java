package merchlab.importer;

import static merchlab.importer.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.bench.SyntheticEventsCsv;
import merchlab.workspace.DeferredIndexes;
import merchlab.workspace.Workspace;
import merchlab.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an import (made with a size cap on the workspace): the cause is named in words, the
 * report counts only committed rows, the workspace still opens for reading, and a re-import completes exactly.
 */
class FullDiskImportTest {
    private static final int EVENTS = 30_000;

    @TempDir
    Path dir;

    @Test
    void fullDiskIsNamedAndCountsMatchWhatWasCommitted() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        Path file = dir.resolve("events.csv");
        SyntheticEventsCsv.write(file, EVENTS, 5);
        long cap = Files.size(ws.file()) + Files.size(file) / 2;
        ImportSettings settings = new ImportSettings(2_000, 100, 1);
        ImportRequest request = ImportRequest.of(file, DataKind.EVENTS);

        MerchLabException e = assertThrows(MerchLabException.class, () -> new ImportService(ws.withMaxBytes(cap),
                settings).run(request, ImportListener.NONE, CancelToken.none()));
        assertTrue(e.getMessage().startsWith("the disk holding workspace ws.db is full: "), e.getMessage());
        assertTrue(e.getMessage().matches(".* MB free; about [0-9,]+ MB more are needed; .*"), e.getMessage());
        assertFalse(e.getMessage().contains("SQL"), e.getMessage());

        ImportReport failed = new ImportService(ws).reports(1).get(0);
        assertEquals("failed", failed.status());
        long stored = number(ws, "SELECT count(*) FROM events");
        assertTrue(stored > 0 && stored < EVENTS, "stored " + stored);
        assertEquals(stored, failed.accepted(), "the report counts what was committed");

        Workspace reading = Workspace.openForReading(ws.file());
        assertEquals(stored, WorkspaceSummary.of(reading).events());

        ImportReport again = new ImportService(Workspace.open(ws.file()), settings)
                .run(request, ImportListener.NONE, CancelToken.none());
        assertEquals("completed", again.status());
        assertEquals(EVENTS, again.accepted());
        assertEquals(EVENTS, number(ws, "SELECT count(*) FROM events"));
        try (Connection c = ws.connect()) {
            assertTrue(DeferredIndexes.pending(c).isEmpty(), "the indexes set aside are built again");
        }
    }

    @Test
    void aWorkspaceInAFolderNobodyMayWriteToOpensForReading() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Workspace ws = Workspace.open(folder.resolve("ws.db"));
        Fixtures.load(ws, Fixtures.copy("events.csv", dir), DataKind.EVENTS);
        folder.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "the folder stays writable (root)");
            assertEquals(9, WorkspaceSummary.of(Workspace.openForReading(ws.file())).events());
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    @Test
    void aReadOnlyWorkspaceRefusesWritingAndStillReads() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        Fixtures.load(ws, Fixtures.copy("events.csv", dir), DataKind.EVENTS);
        Workspace reading = Workspace.openForReading(ws.file());
        assertEquals(9, WorkspaceSummary.of(reading).events());
        MerchLabException e = assertThrows(MerchLabException.class, () -> new ImportService(reading)
                .run(ImportRequest.of(dir.resolve("events.csv"), DataKind.EVENTS), ImportListener.NONE,
                        CancelToken.none()));
        assertTrue(e.getMessage().contains("opened for reading only"), e.getMessage());
    }
}
