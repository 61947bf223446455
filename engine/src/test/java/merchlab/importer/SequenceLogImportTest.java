package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.load;
import static merchlab.importer.Fixtures.number;
import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-sequence-per-line purchase logs and the attribute-id catalogs of public sequential data sets. */
class SequenceLogImportTest {
    /** 2000-01-01T00:00:00Z in epoch milliseconds: the synthetic time of every shopper's first purchase. */
    private static final long START = 946_684_800_000L;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void eachProductOfALineIsAPurchaseInLineOrder() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportReport r = load(ws, file("Shop.txt", "1 7 3 9\n2\t3  5\n\n3\n"), DataKind.EVENTS);
        assertEquals("sequence-lines", r.format());
        assertEquals(2, r.accepted());
        assertEquals(List.of(new Rejection("Shop.txt", 4, "a shopper without products")), withoutText(r.rejections()));
        assertEquals(List.of("1 7 " + START, "1 3 " + (START + 1000), "1 9 " + (START + 2000), "2 3 " + START,
                "2 5 " + (START + 1000)), column(ws, "SELECT user_id || ' ' || product_id || ' ' || ts FROM events"
                + " ORDER BY user_id, ts"));
        assertEquals(5, number(ws, "SELECT count(*) FROM events WHERE type = 'purchase'"));
    }

    @Test
    void attributeListsBecomeProductsWithAPlaceholderTitle() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportReport r = load(ws, file("Shop_item2attributes.json",
                "{\"4\": [1, 2, 3], \"83\": [], \"9\": {\"x\": 1}, \"12\": [\"a7\"]}"), DataKind.CATALOG);
        assertEquals("item-attributes-json", r.format());
        assertEquals(3, r.accepted());
        assertEquals(List.of(new Rejection("Shop_item2attributes.json", 3, "product 9: attributes must be a list of ids")),
                withoutText(r.rejections()));
        assertEquals(List.of("item 4", "{\"attribute_ids\":\"1 2 3\"}"),
                row(ws, "SELECT title, attributes FROM products WHERE id = '4'"));
        assertEquals(List.of("item 12", "item 4", "item 83"), column(ws, "SELECT title FROM products ORDER BY title"));
    }
}
