package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.load;
import static merchlab.importer.Fixtures.number;
import static merchlab.importer.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogs as shops export them: Merchant Center XML feeds, Shopify and WooCommerce product exports. */
class ShopCatalogExportTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.open(dir.resolve("ws.db"));
    }

    @Test
    void rssFeedWithCdataEntitiesAndNestedFieldsImportsEveryGoodItem() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("feed.xml", dir), DataKind.CATALOG);
        assertEquals("merchant-xml", r.format());
        assertEquals(3, r.accepted());
        assertEquals(List.of(new Rejection("feed.xml", 44, "missing id"),
                new Rejection("feed.xml", 48, "price 'cheap' is not a price like 12.99 USD")), withoutText(r.rejections()));
        assertEquals(List.of("Organic Cotton T-Shirt <Navy>", "Soft & breathable tee", "Northwind",
                        "Apparel > Tops > T-Shirts", "12.99", "USD", "9.99", "in stock", "navy", "M", "TS",
                        "https://shop.example/ts-001", "https://shop.example/ts-001.jpg"),
                row(ws, "SELECT title, description, brand, category, price, currency, sale_price, availability, "
                        + "color, size, item_group_id, link, image_link FROM products WHERE id = 'TS-001'"));
        String attributes = row(ws, "SELECT attributes FROM products WHERE id = 'TS-001'").get(0);
        assertTrue(attributes.contains("\"shipping\":\"{\\\"country\\\":\\\"US\\\",\\\"service\\\":\\\"Standard\\\","
                + "\\\"price\\\":\\\"0.00 USD\\\"}\""), attributes);
        assertTrue(attributes.contains("\"product_detail\":\"{\\\"section_name\\\":\\\"General\\\","
                + "\\\"attribute_name\\\":\\\"Fabric\\\",\\\"attribute_value\\\":\\\"100% cotton\\\"}\""), attributes);
        assertTrue(attributes.contains("\"additional_image_link\":\"[\\\"https://shop.example/ts-001-b.jpg\\\","
                + "\\\"https://shop.example/ts-001-c.jpg\\\"]\""), attributes);
        assertTrue(attributes.contains("\"gtin\":\"00012345678905\""), attributes);
        assertEquals(List.of("Rain Jacket", "Plain RSS fields fill in what g: leaves out", "https://shop.example/rj-7",
                        "Apparel & Accessories > Clothing > Outerwear", "59.0", "EUR"),
                row(ws, "SELECT title, description, link, category, price, currency FROM products WHERE id = 'RJ-7'"));
        assertEquals("Espresso Cup \u201CMini\u201D", row(ws, "SELECT title FROM products WHERE id = 'MUG-3'").get(0));
    }

    @Test
    void atomFeedReadsLinkHrefAndSummary() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("feed-atom.xml", dir), DataKind.CATALOG);
        assertEquals("merchant-xml", r.format());
        assertEquals(2, r.accepted());
        assertEquals(List.of("USB-C Cable 2m", "Braided, 60 W", "https://shop.example/el-1", "Electronics > Cables",
                        "7.49", "GBP", "Voltra"),
                row(ws, "SELECT title, description, link, category, price, currency, brand FROM products "
                        + "WHERE id = 'EL-1'"));
        assertEquals("{\"condition\":\"refurbished\"}",
                row(ws, "SELECT attributes FROM products WHERE id = 'EL-2'").get(0));
    }

    @Test
    void brokenXmlKeepsTheItemsBeforeItAndSaysWhere() throws Exception {
        Workspace ws = workspace();
        Path feed = dir.resolve("broken.xml");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <rss xmlns:g="http://base.google.com/ns/1.0"><channel>
                <item><g:id>A</g:id><g:title>First</g:title></item>
                <item><g:id>B</g:id><g:title>Second</g:titel></item>
                <item><g:id>C</g:id><g:title>Third</g:title></item>
                </channel></rss>
                """);
        ImportReport r = load(ws, feed, DataKind.CATALOG);
        assertEquals("completed", r.status());
        assertEquals(1, r.accepted());
        assertEquals(1, r.rejected());
        Rejection broken = r.rejections().get(0);
        assertEquals(4, broken.line());
        assertTrue(broken.reason().startsWith("not well-formed XML at line 4: "), broken.reason());
        assertTrue(broken.reason().endsWith("; the rest of the file is not read"), broken.reason());
        assertEquals(List.of("A"), column(ws, "SELECT id FROM products"));
    }

    @Test
    void entitiesDeclaredInTheFileAreNeitherExpandedNorFetched() throws Exception {
        Workspace ws = workspace();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-leak");
        Path feed = dir.resolve("xxe.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n"
                + "<item><g:id>A</g:id><g:title>Safe</g:title></item>\n"
                + "<item><g:id>B</g:id><g:title>&xxe;&lol2;</g:title></item>\n"
                + "</channel></rss>\n");
        ImportReport r = load(ws, feed, DataKind.CATALOG);
        assertEquals(1, r.rejected(), r.rejections().toString());
        assertFalse(r.rejections().get(0).reason().contains("do-not-leak"));
        assertEquals(0, number(ws, "SELECT count(*) FROM products WHERE title LIKE '%leak%' OR title LIKE '%lol%'"));
    }

    @Test
    void shopifyVariantsBecomeProductsGroupedByHandle() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        ImportReport r = service.run(ImportRequest.of(copy("shopify-products.csv", dir), DataKind.CATALOG),
                ImportListener.NONE, CancelToken.none());
        assertEquals("shopify-products", r.format());
        assertEquals(5, r.accepted());
        assertEquals(List.of(new Rejection("shopify-products.csv", 8, "a variant row of 'lost-variant' without its "
                        + "product's first row (the one with the Title) before it"),
                new Rejection("shopify-products.csv", 9, "Variant Price 'forty' is not a number")), withoutText(r.rejections()));
        assertEquals(Map.of("an extra image row of a product (the product's first image is kept)", 1L),
                service.details(r.id()).skippedBy());
        assertEquals(List.of("CVT-M-GR", "CVT-S-GR", "classic-varsity-top-large-grey", "ocean-blue-shirt",
                "yellow-wool-jumper"), column(ws, "SELECT id FROM products ORDER BY id"));
        assertEquals(Arrays.asList("Ocean Blue Shirt", "Ocean blue cotton shirt with a narrow collar & long sleeves.",
                        "Northwind", "Shirts", "50.0", null, "in stock", "male", "ocean-blue-shirt",
                        "https://cdn.example/ocean.jpg"),
                row(ws, "SELECT title, description, brand, category, price, sale_price, availability, gender, "
                        + "item_group_id, image_link FROM products WHERE id = 'ocean-blue-shirt'"));
        String attributes = row(ws, "SELECT attributes FROM products WHERE id = 'ocean-blue-shirt'").get(0);
        for (String kept : List.of("\"gtin\":\"0001112223334\"", "\"mpn\":\"NW-OBS\"", "\"age_group\":\"adult\"",
                "\"custom_label_0\":\"summer\"", "\"condition\":\"new\"", "\"tags\":\"men\"")) {
            assertTrue(attributes.contains(kept), attributes);
        }
        assertEquals(Arrays.asList("Classic Varsity Top - Medium / Grey", "Grey and black buttoned top.", "Tops",
                        "75.0", "60.0", "out of stock", "Medium", "Grey", "classic-varsity-top",
                        "https://cdn.example/varsity-m.jpg"),
                row(ws, "SELECT title, description, category, price, sale_price, availability, size, color, "
                        + "item_group_id, image_link FROM products WHERE id = 'CVT-M-GR'"));
        assertEquals(List.of("Classic Varsity Top - Large / Grey", "62.0", "in stock"),
                row(ws, "SELECT title, price, availability FROM products WHERE id = 'classic-varsity-top-large-grey'"));
        assertTrue(row(ws, "SELECT attributes FROM products WHERE id = 'yellow-wool-jumper'").get(0)
                .contains("\"status\":\"draft\""));
    }

    @Test
    void wooCommerceVariationsLinkToTheirParentAndShareItsCategory() throws Exception {
        Workspace ws = workspace();
        ImportReport r = load(ws, copy("woocommerce-products.csv", dir), DataKind.CATALOG);
        assertEquals("woocommerce-products", r.format());
        assertEquals(6, r.accepted());
        assertEquals(List.of(new Rejection("woocommerce-products.csv", 8, "price 'ten' is not a price like 12.99 USD")),
                withoutText(r.rejections()));
        assertEquals(List.of("73", "logo-collection", "woo-hoodie-with-logo", "woo-vneck-tee", "woo-vneck-tee-green",
                "woo-vneck-tee-red"), column(ws, "SELECT id FROM products ORDER BY id"));
        assertEquals(Arrays.asList("V-Neck T-Shirt - Red", "Clothing > Tshirts", "20.0", null, "Red", "woo-vneck-tee",
                        "A soft v-neck tee.", "https://shop.example/vneck-red.jpg", "in stock"),
                row(ws, "SELECT title, category, price, sale_price, color, item_group_id, description, image_link, "
                        + "availability FROM products WHERE id = 'woo-vneck-tee-red'"));
        assertEquals(List.of("Clothing > Tshirts", "20.0", "18.0", "woo-vneck-tee", "out of stock",
                        "https://shop.example/vneck-1.jpg"),
                row(ws, "SELECT category, price, sale_price, item_group_id, availability, image_link FROM products "
                        + "WHERE id = 'woo-vneck-tee-green'"));
        assertEquals(List.of("Hoodie with Logo", "Clothing > Hoodies", "Blue", "45.0", "Warm hoodie, with a logo."),
                row(ws, "SELECT title, category, color, price, description FROM products "
                        + "WHERE id = 'woo-hoodie-with-logo'"));
        String parent = row(ws, "SELECT attributes FROM products WHERE id = 'woo-vneck-tee'").get(0);
        assertTrue(parent.contains("\"color_options\":\"Blue, Green, Red\""), parent);
        assertTrue(row(ws, "SELECT attributes FROM products WHERE id = 'woo-hoodie-with-logo'").get(0)
                .contains("\"categories\":\"Clothing > Hoodies, Sale\""));
        assertEquals(List.of("Album", "Music", "15.0"),
                row(ws, "SELECT title, category, price FROM products WHERE id = '73'"));
    }

    @Test
    void pricesWithADecimalCommaOrThousandsCommasAreRead() throws Exception {
        Workspace ws = workspace();
        Path feed = Files.writeString(dir.resolve("prices.csv"), "id,title,price\nA,Kettle,\"49,00 TND\"\n"
                + "B,Sofa,\"1.234,50 EUR\"\nC,Desk,\"1,299.00 USD\"\nD,Lamp,\"EUR 12,5\"\nE,Rug,\"12,3456 EUR\"\n");
        ImportReport r = load(ws, feed, DataKind.CATALOG);
        assertEquals(List.of("49.0 TND", "1234.5 EUR", "1299.0 USD", "12.5 EUR"),
                column(ws, "SELECT price || ' ' || currency FROM products ORDER BY id"));
        assertEquals(List.of(new Rejection("prices.csv", 6, "price '12,3456 EUR' is not a price like 12.99 USD")),
                withoutText(r.rejections()));
    }

    @Test
    void shopifyVariantsSharingASkuAreFoldedIntoOneProduct() throws Exception {
        Workspace ws = workspace();
        Path export = Files.writeString(dir.resolve("products_export.csv"), String.join("\n",
                "Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price",
                "sophie-top,Sophie Top,Color,Black,Size,S,SS-01,89.00",
                "sophie-top,,,Black,,M,SS-01,89.00",
                "sophie-top,,,Black,,L,SS-01,89.00",
                "sophie-top,,,White,,S,SS-02,89.00",
                "") );
        ImportReport r = load(ws, export, DataKind.CATALOG);
        assertEquals(2, r.accepted());
        assertEquals(0, r.rejected());
        assertEquals(List.of("SS-01", "SS-02"), column(ws, "SELECT id FROM products ORDER BY id"));
        assertEquals(Arrays.asList("Sophie Top - Black", "Black", null),
                row(ws, "SELECT title, color, size FROM products WHERE id = 'SS-01'"));
        assertTrue(row(ws, "SELECT attributes FROM products WHERE id = 'SS-01'").get(0)
                .contains("\"size_options\":\"S, M, L\""));
        assertEquals(List.of("Sophie Top - White / S", "S"),
                row(ws, "SELECT title, size FROM products WHERE id = 'SS-02'"));
    }

    @Test
    void tabSeparatedValuesWrittenWithCsvQuotingLoseTheirQuotes() throws Exception {
        Workspace ws = workspace();
        ImportService service = new ImportService(ws);
        Path feed = Files.writeString(dir.resolve("google_feed.tsv"), "id\ttitle\tprice\n"
                + "A\t\"\"\"Loot Crew\"\" Tank Top\"\t28.00 USD\n"
                + "B\t24\" Monitor\t99.00 USD\n"
                + "C\t\"Best\" mug \"ever\"\t5.00 USD\n");
        ImportReport r = service.run(ImportRequest.of(feed, DataKind.CATALOG), ImportListener.NONE, CancelToken.none());
        assertEquals(3, r.accepted());
        assertEquals(List.of("\"Loot Crew\" Tank Top", "24\" Monitor", "\"Best\" mug \"ever\""),
                column(ws, "SELECT title FROM products ORDER BY id"));
        assertEquals(List.of("1 value wrapped in quotes (CSV quoting in a tab-separated file) was read without "
                + "its quotes"), service.details(r.id()).notes());
    }

    @Test
    void invalidUtf8RejectsItsItemOnlyAndALatin1FeedIsDecodedAsDeclared() throws Exception {
        Workspace ws = workspace();
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss xmlns:g=\"http://base.google.com/ns/1.0\">"
                + "<channel>\n<item><g:id>A</g:id><g:title>Caf\u00e9</g:title></item>\n<item><g:id>B</g:id><g:title>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</g:title></item>\n</channel></rss>\n".getBytes(StandardCharsets.UTF_8);
        byte[] feed = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, feed, 0, head.length);
        feed[head.length] = (byte) 0xC3;
        feed[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, feed, head.length + 2, tail.length);
        Path broken = Files.write(dir.resolve("broken.xml"), feed);
        ImportReport r = load(ws, broken, DataKind.CATALOG);
        assertEquals(1, r.accepted());
        assertEquals(List.of(new Rejection("broken.xml", 4, "invalid UTF-8 encoding")), withoutText(r.rejections()));
        Path latin = Files.write(dir.resolve("latin.xml"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>C</g:id>"
                + "<g:title>Cr\u00e8me br\u00fbl\u00e9e</g:title></item></channel></rss>\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, load(ws, latin, DataKind.CATALOG).accepted());
        assertEquals(List.of("Caf\u00e9", "Cr\u00e8me br\u00fbl\u00e9e"),
                column(ws, "SELECT title FROM products ORDER BY id"));
    }

    @Test
    void anItemLongerThan8MibIsRejectedAndTheNextOneRead() throws Exception {
        Workspace ws = workspace();
        Path feed = Files.writeString(dir.resolve("big.xml"), "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel>\n"
                + "<item><g:id>A</g:id><g:title>Huge</g:title><g:description>" + "x".repeat(9 << 20)
                + "</g:description></item>\n<item><g:id>B</g:id><g:title>Small</g:title></item>\n</channel></rss>\n");
        ImportReport r = load(ws, feed, DataKind.CATALOG);
        assertEquals(List.of(new Rejection("big.xml", 2, "an item longer than 8 MiB")), withoutText(r.rejections()));
        assertEquals(List.of("B"), column(ws, "SELECT id FROM products"));
    }
}
