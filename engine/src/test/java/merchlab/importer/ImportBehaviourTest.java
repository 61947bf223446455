package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.load;
import static merchlab.importer.Fixtures.number;
import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.bench.SyntheticEventsCsv;
import merchlab.importer.store.EventIds;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBehaviourTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.open(dir.resolve("ws.db"));
    }

    @Test
    void importingTheSameFileTwiceAddsNoDuplicates() throws Exception {
        Workspace ws = workspace();
        Path file = copy("events.csv", dir);
        load(ws, file, DataKind.EVENTS);
        long before = number(ws, "SELECT count(*) FROM events");
        ImportReport again = load(ws, file, DataKind.EVENTS);
        assertEquals(before, number(ws, "SELECT count(*) FROM events"));
        assertEquals(9, again.accepted());
        ImportDetails d = new ImportService(ws).details(again.id());
        assertEquals(9, d.duplicates());
        assertEquals(0, d.events());
    }

    @Test
    void largerFilesReimportWithoutDuplicatesToo() throws Exception {
        Workspace ws = workspace();
        Path file = dir.resolve("many.csv");
        SyntheticEventsCsv.write(file, 5_000, 11);
        ImportService service = new ImportService(ws, ImportSettings.defaults().withBatchRows(700));
        service.run(ImportRequest.of(file, DataKind.EVENTS), ImportListener.NONE, CancelToken.none());
        ImportReport again = service.run(ImportRequest.of(file, DataKind.EVENTS), ImportListener.NONE,
                CancelToken.none());
        assertEquals(5_000, number(ws, "SELECT count(*) FROM events"));
        assertEquals(5_000, service.details(again.id()).duplicates());
    }

    @Test
    void twoEventsSharingAnIdAreBothKept() throws Exception {
        Workspace ws = workspace();
        Event event = new Event(1_709_287_200_000L, "u1", "s1", EventType.VIEW, "SH-10", null, null, null, null, null,
                null, null, null);
        long id = EventIds.of(event);
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO events(id, ts, user_id, type, product_id) VALUES (?, ?, 'someone else', 'view', 'X')")) {
            ps.setLong(1, id);
            ps.setLong(2, event.timestamp());
            ps.executeUpdate();
        }
        Path file = dir.resolve("one.csv");
        Files.writeString(file, "timestamp,user_id,session_id,event_type,product_id\n1709287200000,u1,s1,view,SH-10\n");
        load(ws, file, DataKind.EVENTS);
        assertEquals(List.of("u1", Long.toString(id + 1)),
                row(ws, "SELECT user_id, id FROM events WHERE user_id = 'u1'"));
        load(ws, file, DataKind.EVENTS);
        assertEquals(2, number(ws, "SELECT count(*) FROM events"));
    }

    @Test
    void pseudonymizeHashesShopperIdsWithTheWorkspaceSalt() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        Path events = copy("events.csv", dir);
        service.run(new ImportRequest(events, DataKind.EVENTS, null, true), ImportListener.NONE, CancelToken.none());
        List<String> users = column(ws, "SELECT DISTINCT user_id FROM events ORDER BY user_id");
        assertEquals(2, users.size());
        for (String u : users) {
            assertTrue(u.matches("[0-9a-f]{32}"), u);
        }
        assertFalse(users.contains("u1"));
        assertEquals(users, column(ws, "SELECT id FROM users ORDER BY id"));
        String salt = ws.meta("pseudonym_salt").orElseThrow();
        service.run(new ImportRequest(events, DataKind.EVENTS, null, true), ImportListener.NONE, CancelToken.none());
        assertEquals(9, number(ws, "SELECT count(*) FROM events"));
        assertEquals(salt, ws.meta("pseudonym_salt").orElseThrow());

        Workspace other = Workspace.open(dir.resolve("other.db"));
        new ImportService(other).run(new ImportRequest(events, DataKind.EVENTS, null, true), ImportListener.NONE,
                CancelToken.none());
        assertNotEquals(users, column(other, "SELECT DISTINCT user_id FROM events ORDER BY user_id"));
    }

    @Test
    void pseudonymsAgreeBetweenRecboleUsersAndInteractions() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        service.run(new ImportRequest(copy("shop.user", dir), DataKind.CATALOG, null, true), ImportListener.NONE,
                CancelToken.none());
        service.run(new ImportRequest(copy("shop.inter", dir), DataKind.EVENTS, null, true), ImportListener.NONE,
                CancelToken.none());
        assertEquals(2, number(ws, "SELECT count(*) FROM users"));
        assertEquals(1, number(ws, "SELECT count(*) FROM users WHERE attributes LIKE '%technician%' "
                + "AND id IN (SELECT user_id FROM events)"));
    }

    @Test
    void cancellingStopsAtABatchBoundary() throws Exception {
        Workspace ws = workspace();
        Path file = dir.resolve("many.csv");
        SyntheticEventsCsv.write(file, 3_000, 5);
        CancelToken cancel = new CancelToken();
        List<Long> progress = new ArrayList<>();
        ImportService service = new ImportService(ws, ImportSettings.defaults().withBatchRows(500));
        ImportReport r = service.run(ImportRequest.of(file, DataKind.EVENTS), (rows, bytes, total) -> {
            progress.add(bytes);
            cancel.cancel();
        }, cancel);
        assertEquals("cancelled", r.status());
        assertEquals(500, number(ws, "SELECT count(*) FROM events"));
        assertEquals(500, r.accepted());
        assertEquals(1, progress.size());
        assertTrue(progress.get(0) > 0);
        assertEquals("cancelled", row(ws, "SELECT status FROM import_reports").get(0));
    }

    @Test
    void invalidUtf8RowsAreRejectedAndTheRestLands() throws Exception {
        Workspace ws = workspace();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("timestamp,user_id,event_type,product_id,query\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("2024-01-01T00:00:00Z,u1,view,P1,\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("2024-01-01T00:00:01Z,u1,search,,caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\n2024-01-01T00:00:02Z,u1,search,,caf\u00e9\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("latin1.csv");
        Files.write(file, bytes.toByteArray());
        ImportReport r = load(ws, file, DataKind.EVENTS);
        assertEquals(2, r.accepted());
        assertEquals(List.of(new Rejection("latin1.csv", 3, "invalid UTF-8 encoding in query")), withoutText(r.rejections()));
        assertEquals(List.of("caf\u00e9"), column(ws, "SELECT query FROM events WHERE type = 'search'"));
    }

    @Test
    void wholeFileProblemsFailWithOneLineAndAReport() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        MerchLabException missing = assertThrows(MerchLabException.class,
                () -> service.run(ImportRequest.of(dir.resolve("nope.csv"), DataKind.EVENTS), ImportListener.NONE,
                        CancelToken.none()));
        assertEquals("file not found: " + dir.resolve("nope.csv"), missing.getMessage());
        Path noUser = dir.resolve("nouser.csv");
        Files.writeString(noUser, "timestamp,event_type,product_id\n2024-01-01T00:00:00Z,view,p\n");
        MerchLabException column = assertThrows(MerchLabException.class,
                () -> service.run(ImportRequest.of(noUser, DataKind.EVENTS), ImportListener.NONE, CancelToken.none()));
        assertEquals("nouser.csv has no user_id column (also accepted: user, shopper_id, customer_id, visitor_id, visitorid, 用户id)",
                column.getMessage());
        ImportReport failed = service.reports().get(0);
        assertEquals("failed", failed.status());
        assertEquals(column.getMessage(), service.details(failed.id()).message());
    }

    @Test
    void reportsAreListedNewestFirstWithTheirRejections() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        load(ws, copy("judgments.csv", dir), DataKind.JUDGMENTS);
        load(ws, copy("events.csv", dir), DataKind.EVENTS);
        List<ImportReport> reports = service.reports();
        assertEquals(List.of("events-csv", "judgments-csv"), reports.stream().map(ImportReport::format).toList());
        assertEquals(7, reports.get(0).rejected());
        List<Rejection> first = service.rejections(reports.get(0).id(), 2);
        assertEquals(List.of(10L, 11L), first.stream().map(Rejection::line).toList());
        assertEquals(1, service.reports(1).size());
    }

    @Test
    void previewShowsTheRowsAsTheyWouldLand() throws Exception {
        ImportService service = new ImportService(workspace());
        ImportPreview p = service.preview(ImportRequest.of(copy("events.csv", dir), DataKind.EVENTS));
        assertEquals("events-csv", p.format());
        assertEquals(List.of("line", "note", "timestamp"), p.columns().subList(0, 3));
        assertEquals(16, p.rows().size());
        assertEquals(List.of("3", "", "2024-03-01T10:00:00.250Z", "u1"), p.rows().get(1).subList(0, 4));
        List<String> bad = p.rows().get(8);
        assertEquals(List.of("10", "rejected: position 'abc' is not a number"), bad.subList(0, 2),
                "the reason beside the line number, not beyond the last column");
        ImportPreview catalog = service.preview(ImportRequest.of(copy("catalog.jsonl", dir), DataKind.CATALOG));
        assertEquals("merchant-jsonl", catalog.format());
        assertEquals(List.of("line", "note", "id", "title"), catalog.columns().subList(0, 4));
        assertEquals(0, number(workspace(), "SELECT count(*) FROM import_reports"));
    }

    @Test
    void gzippedFilesAreReadThroughAndNamedAsGiven() throws Exception {
        Workspace ws = workspace();
        Path plain = copy("shop.inter", dir);
        Path gz = dir.resolve("shop.inter.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        ImportReport r = load(ws, gz, DataKind.EVENTS);
        assertEquals("recbole", r.format());
        assertEquals(3, r.accepted());
        assertEquals(List.of(new Rejection("shop.inter.gz", 5, "missing item_id")), withoutText(r.rejections()));
    }
}

