package merchlab.importer;

import static merchlab.importer.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a hostile pass found handled badly: each now imports or fails with a message that says why. */
class ReaderEdgeCasesTest {
    @TempDir
    Path dir;

    private ImportReport load(Path file, DataKind kind) {
        return new ImportService(Workspace.open(dir.resolve("ws.db"))).run(ImportRequest.of(file, kind),
                ImportListener.NONE, CancelToken.none());
    }

    @Test
    void aGzipFileIsReadByItsMagicBytesWhateverItsName() throws Exception {
        Path file = dir.resolve("events.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("timestamp,user_id,event_type,product_id\n2024-03-01T10:00:00Z,u1,view,P1\n".getBytes());
        }
        ImportReport r = load(file, DataKind.EVENTS);
        assertEquals(1, r.accepted());
        assertEquals("events-csv", r.format());
    }

    @Test
    void aHeaderLongerThanDetectionReadsIsNamedAsSuch() throws Exception {
        StringBuilder header = new StringBuilder("id");
        for (int i = 0; i < 100_000; i++) {
            header.append(",c").append(i);
        }
        Path file = Files.writeString(dir.resolve("wide.csv"), header + "\nP1\n");
        MerchLabException e = assertThrows(MerchLabException.class, () -> load(file, DataKind.CATALOG));
        assertTrue(e.getMessage().startsWith("the first line of wide.csv is longer than 64 KiB"), e.getMessage());
    }

    @Test
    void aRepeatedProductIdInOneFileIsRejectedAndTheFirstRowKept() throws Exception {
        Path file = Files.writeString(dir.resolve("catalog.csv"), "id,title,price\nP1,First,1.00 USD\n"
                + "P2,Other,2.00 USD\nP1,Second,3.00 USD\n");
        ImportReport r = load(file, DataKind.CATALOG);
        assertEquals(2, r.accepted());
        assertEquals(1, r.rejected());
        assertEquals(4, r.rejections().get(0).line());
        assertEquals("product id 'P1' appeared earlier in this file: the first row is kept",
                r.rejections().get(0).reason());
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        assertEquals(List.of("First"), Fixtures.column(ws, "SELECT title FROM products WHERE id = 'P1'"));
        assertEquals(2, number(ws, "SELECT count(*) FROM products"));
    }

    @Test
    void aJsonObjectIsNotAProductId() throws Exception {
        Path file = Files.writeString(dir.resolve("catalog.jsonl"),
                "{\"id\": \"P1\", \"title\": \"Shirt\"}\n{\"id\": {\"x\": 1}, \"title\": \"Odd\"}\n");
        ImportReport r = load(file, DataKind.CATALOG);
        assertEquals(1, r.accepted());
        assertEquals("id is a JSON object, not a product id", r.rejections().get(0).reason());
    }
}
