package merchlab.importer;

import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header no format knows is read once its columns are mapped to the names a format reads. */
class ColumnMappingTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownHeaderSaysWhichColumnsToMapAndReadsOnceTheyAre() throws Exception {
        Path file = Files.writeString(dir.resolve("export.csv"),
                "Code,Label,Cost,Category\nA1,Red Mug,5.00 USD,Kitchen\nA2,Blue Mug,6.00 USD,Kitchen\n");
        ImportRequest plain = ImportRequest.of(file, DataKind.CATALOG);
        Optional<ColumnGap> gap = ImportService.columnGap(plain);
        assertEquals(Optional.of(new ColumnGap("merchant-csv", List.of("id", "title"),
                List.of("code", "label", "cost", "category"))), gap);
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportService service = new ImportService(ws);
        assertThrows(MerchLabException.class, () -> service.preview(plain));

        ImportRequest mapped = plain.withColumns(Map.of("Code", "id", "label", "title", "cost", "price"));
        assertEquals(Optional.empty(), ImportService.columnGap(mapped));
        assertEquals("merchant-csv", service.preview(mapped).format());
        ImportReport r = service.run(mapped, ImportListener.NONE, CancelToken.none());
        assertEquals(2, r.accepted());
        assertEquals(List.of("Red Mug", "5.0", "Kitchen"), row(ws, "SELECT title, price, category FROM products "
                + "WHERE id = 'A1'"));
    }

    @Test
    void aForcedFormatNamesTheColumnsItLacks() throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), "when,who,what\n2024-01-01T00:00:00Z,u1,search\n");
        assertEquals(Optional.of(new ColumnGap("events-csv", List.of("timestamp", "user_id", "event_type"),
                List.of("when", "who", "what"))), ImportService.columnGap(new ImportRequest(file, DataKind.EVENTS,
                "events-csv", false)));
        assertEquals(Optional.empty(), ImportService.columnGap(ImportRequest.of(
                Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"x\"}\n"), DataKind.CATALOG)),
                "only a delimited file's columns can be mapped");
    }
}
