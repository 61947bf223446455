package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.load;
import static merchlab.importer.Fixtures.number;
import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImportTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.open(dir.resolve("ws.db"));
    }

    @Test
    void merchantCsvMapsTheVocabularyAndKeepsUnknownColumns() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("catalog.csv", dir), DataKind.CATALOG);
        assertEquals("merchant-csv", r.format());
        assertEquals("completed", r.status());
        assertEquals(3, r.accepted());
        assertEquals(List.of(new Rejection("catalog.csv", 5, "missing id"),
                new Rejection("catalog.csv", 6, "price 'cheap' is not a price like 12.99 USD")), withoutText(r.rejections()));
        assertEquals(List.of("Organic Cotton T-Shirt", "Soft, breathable tee", "Northwind", "Apparel > Tops > T-Shirts",
                        "12.99", "USD", "9.99", "in_stock", "navy", "M", "cotton", "unisex", "TS"),
                row(ws, "SELECT title, description, brand, category, price, currency, sale_price, availability, "
                        + "color, size, material, gender, item_group_id FROM products WHERE id = 'TS-001'"));
        String attributes = row(ws, "SELECT attributes FROM products WHERE id = 'TS-001'").get(0);
        assertEquals("{\"age_group\":\"adult\",\"condition\":\"new\",\"custom_label_0\":\"summer\","
                + "\"google_product_category\":\"212\",\"gtin\":\"00012345678905\",\"mpn\":\"NW-TS-1\","
                + "\"shelf\":\"A3\"}", attributes);
        assertEquals(List.of("Linen Shirt \"Classic\"", "Line one\nline two", "Apparel > Tops > Shirts", "EUR"),
                row(ws, "SELECT title, description, category, currency FROM products WHERE id = 'TS-002'"));
        assertEquals(List.of("Home & Garden > Kitchen & Dining", "18.0", "USD"),
                row(ws, "SELECT category, price, currency FROM products WHERE id = 'MUG-2'"));
    }

    @Test
    void merchantTsvWithSpacedHeaderNames() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("catalog.tsv", dir), DataKind.CATALOG);
        assertEquals("merchant-csv", r.format());
        assertEquals(2, r.accepted());
        assertEquals(List.of("Trail Runner 2", "Shoes > Running", "https://shop.example/sh-10.jpg", "red"),
                row(ws, "SELECT title, category, image_link, color FROM products WHERE id = 'SH-10'"));
        assertEquals("24\" Shoe Rack", row(ws, "SELECT title FROM products WHERE id = 'SH-11'").get(0));
    }

    @Test
    void merchantJsonLinesWithPriceObjectsAndLists() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("catalog.jsonl", dir), DataKind.CATALOG);
        assertEquals("merchant-jsonl", r.format());
        assertEquals(2, r.accepted());
        assertEquals(2, r.rejected());
        assertEquals(new Rejection("catalog.jsonl", 3, "missing title"), withoutText(r.rejections().get(0)));
        assertTrue(r.rejections().get(1).reason().startsWith("not valid JSON"), r.rejections().get(1).reason());
        assertEquals(List.of("7.49", "GBP", "Electronics > Cables"),
                row(ws, "SELECT price, currency, category FROM products WHERE id = 'EL-1'"));
        assertTrue(row(ws, "SELECT attributes FROM products WHERE id = 'EL-1'").get(0)
                .contains("\"additional_image_link\":\"[\\\"https://shop.example/a.jpg\\\""));
        assertEquals("Electronics > Chargers", row(ws, "SELECT category FROM products WHERE id = 'EL-2'").get(0));
    }

    @Test
    void reimportUpdatesProductsInPlace() throws Exception {
        Workspace ws = workspace();
        Path file = copy("catalog.csv", dir);
        load(ws, file, DataKind.CATALOG);
        load(ws, file, DataKind.CATALOG);
        assertEquals(3, number(ws, "SELECT count(*) FROM products"));
    }

    @Test
    void recboleItemsAndUsers() throws Exception {
        Workspace ws = workspace();
        ImportReport items = load(ws, copy("shop.item", dir), DataKind.CATALOG);
        assertEquals("recbole", items.format());
        assertEquals(3, items.accepted());
        assertEquals(List.of("Toy Story", "Animation", "{\"class\":\"Animation Children's Comedy\",\"release_year\":\"1995\"}"),
                row(ws, "SELECT title, category, attributes FROM products WHERE id = '10'"));
        assertEquals("Mis\u00e9rables, Les", row(ws, "SELECT title FROM products WHERE id = '11'").get(0));
        assertEquals("\"Quoted\" Title", row(ws, "SELECT title FROM products WHERE id = '12'").get(0));
        ImportReport users = load(ws, copy("shop.user", dir), DataKind.CATALOG);
        assertEquals(2, users.accepted());
        assertEquals("{\"age\":\"24\",\"gender\":\"M\",\"occupation\":\"technician\"}",
                row(ws, "SELECT attributes FROM users WHERE id = '1'").get(0));
    }
}
