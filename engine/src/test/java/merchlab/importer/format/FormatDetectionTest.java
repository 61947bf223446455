package merchlab.importer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatDetectionTest {
    private static Sniff fixture(String name) throws IOException {
        try (InputStream in = FormatDetectionTest.class.getResourceAsStream("/merchlab/importer/fixtures/" + name)) {
            return Sniff.of(name, in.readAllBytes());
        }
    }

    private static Sniff text(String name, String content) {
        return Sniff.of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({
        "catalog.csv, CATALOG, merchant-csv",
        "catalog.tsv, CATALOG, merchant-csv",
        "catalog.jsonl, CATALOG, merchant-jsonl",
        "events.csv, EVENTS, events-csv",
        "ga4.jsonl, EVENTS, ga4-jsonl",
        "ubi-bulk.ndjson, EVENTS, ubi",
        "ubi-plain.ndjson, EVENTS, ubi",
        "rees46.csv, EVENTS, rees46-csv",
        "shop.inter, EVENTS, recbole",
        "shop.item, CATALOG, recbole",
        "shop.user, CATALOG, recbole",
        "judgments.csv, JUDGMENTS, judgments-csv",
        "judgments.json, JUDGMENTS, opensearch-judgments",
        "feed.xml, CATALOG, merchant-xml",
        "feed-atom.xml, CATALOG, merchant-xml",
        "shopify-products.csv, CATALOG, shopify-products",
        "woocommerce-products.csv, CATALOG, woocommerce-products",
        "shopify-orders.csv, EVENTS, shopify-orders",
        "retailrocket.csv, EVENTS, retailrocket-events",
        "taobao.csv, EVENTS, taobao-behaviour",
        "taobao-zh.csv, EVENTS, taobao-behaviour"
    })
    void eachFixtureIsRecognised(String file, DataKind kind, String format) throws IOException {
        assertEquals(format, Formats.detect(fixture(file), kind).name());
    }

    @Test
    void sequenceLinesAndAttributeListsAreRecognisedWithoutAHeader() {
        assertEquals("sequence-lines", Formats.detect(text("Beauty.txt", "1 1 2 3\n2 6 7\n"), DataKind.EVENTS).name());
        assertEquals("item-attributes-json",
                Formats.detect(text("a.json", "{\"4\": [1, 2], \"83\": [4]}"), DataKind.CATALOG).name());
        assertEquals("events-csv", Formats.detect(text("log.tsv",
                "timestamp\tuser_id\tevent_type\tproduct_id\n1709287205\tu\tview\tp\n"), DataKind.EVENTS).name());
    }

    @Test
    void tabSeparatedEventsAreEventsCsvToo() {
        Sniff s = text("log.tsv", "timestamp\tuser_id\tevent_type\tproduct_id\n2024-01-01T00:00:00Z\tu\tview\tp\n");
        assertEquals("events-csv", Formats.detect(s, DataKind.EVENTS).name());
        assertEquals('\t', s.separator());
    }

    @Test
    void aFileOfAnotherKindIsNamedInTheError() throws IOException {
        MerchLabException e = assertThrows(MerchLabException.class,
                () -> Formats.detect(fixture("events.csv"), DataKind.CATALOG));
        assertEquals("events.csv looks like events-csv (events), not catalog; import it as events or pass --format",
                e.getMessage());
    }

    @Test
    void anUnknownFileAsksForAFormat() {
        MerchLabException e = assertThrows(MerchLabException.class,
                () -> Formats.detect(text("x.csv", "foo,bar\n1,2\n"), DataKind.EVENTS));
        assertTrue(e.getMessage().startsWith("cannot tell the format of x.csv from its first line 'foo,bar'"),
                e.getMessage());
    }

    @Test
    void forcedFormatWinsButMustHoldTheKind() throws IOException {
        assertEquals("events-csv", Formats.choose("events-csv", fixture("rees46.csv"), DataKind.EVENTS).name());
        assertEquals("ga4-jsonl", Formats.choose("auto", fixture("ga4.jsonl"), DataKind.EVENTS).name());
        MerchLabException wrongKind = assertThrows(MerchLabException.class,
                () -> Formats.choose("ga4-jsonl", fixture("ga4.jsonl"), DataKind.CATALOG));
        assertTrue(wrongKind.getMessage().startsWith("format ga4-jsonl holds events, not catalog"));
        MerchLabException unknown = assertThrows(MerchLabException.class,
                () -> Formats.choose("parquet", fixture("ga4.jsonl"), DataKind.EVENTS));
        assertTrue(unknown.getMessage().startsWith("unknown format 'parquet'; known formats: merchant-csv"));
    }

    @Test
    void emptyFileIsSaidToBeEmpty() {
        MerchLabException e = assertThrows(MerchLabException.class,
                () -> Formats.detect(text("e.csv", ""), DataKind.EVENTS));
        assertEquals("e.csv is empty", e.getMessage());
    }

    @Test
    void formatsPerKind() {
        assertEquals(java.util.List.of("merchant-csv", "merchant-jsonl", "merchant-xml", "shopify-products",
                "woocommerce-products", "recbole", "item-attributes-json"), Formats.names(DataKind.CATALOG));
        assertEquals(java.util.List.of("events-csv", "shopify-orders", "ga4-jsonl", "ubi", "rees46-csv",
                "retailrocket-events", "taobao-behaviour", "recbole", "sequence-lines"), Formats.names(DataKind.EVENTS));
        assertEquals(java.util.List.of("judgments-csv", "opensearch-judgments"), Formats.names(DataKind.JUDGMENTS));
    }

    @Test
    void noFittingHeaderNamesTheClosestFormatAndTheColumnsItLacks() {
        MerchLabException e = assertThrows(MerchLabException.class, () -> Formats.detect(
                text("feed.csv", "sku,name,price\nA,Tee,12.00\n"), DataKind.CATALOG));
        assertEquals("cannot tell the format of feed.csv: the closest format is woocommerce-products, but the header "
                + "lacks its columns type, regular_price; map the header's columns to them (--column NAME=type) or pass "
                + "--format", e.getMessage());
        MerchLabException events = assertThrows(MerchLabException.class, () -> Formats.detect(
                text("log.csv", "ts,shopper_id,sku\n1,u,p\n"), DataKind.EVENTS));
        assertEquals("cannot tell the format of log.csv: the closest format is events-csv, but the header lacks its "
                + "column event_type; map the header's column to it (--column NAME=event_type) or pass --format", events.getMessage());
    }

    @Test
    void spreadsheetsArchivesWebPagesAndOtherXmlAreSaidToBeSo() {
        byte[] xlsx = "PK\u0003\u0004....[Content_Types].xml....xl/workbook.xml".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(message(Sniff.of("products.xlsx", xlsx)).startsWith("products.xlsx is an Excel workbook (xlsx)"));
        byte[] zip = "PK\u0003\u0004....events.csv".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("export.zip is a zip archive: unzip it and import the files inside", message(Sniff.of("export.zip",
                zip)));
        assertTrue(message(Sniff.of("e.bz2", "BZh91AY&SY".getBytes(StandardCharsets.ISO_8859_1)))
                .startsWith("e.bz2 is a bzip2 archive"));
        assertTrue(message(text("feed.csv", "<!DOCTYPE html>\n<html><body>Log in</body></html>\n"))
                .startsWith("feed.csv is a web page (HTML), not a data file"));
        assertEquals("sitemap.xml is an XML file but not a Merchant Center feed (RSS 2.0 or Atom with g: fields such "
                + "as g:id), the only XML MerchLab reads", message(text("sitemap.xml",
                "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://shop.example</loc></url></urlset>\n")));
        MerchLabException forced = assertThrows(MerchLabException.class, () -> Formats.choose("merchant-csv",
                text("feed.xml", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n"), DataKind.CATALOG));
        assertEquals("feed.xml is an XML file, which merchant-csv does not read (XML product feeds are read as "
                + "merchant-xml)", forced.getMessage());
    }

    @Test
    void aMetaTemplateNoteRowAboveTheHeaderIsPassedOver() {
        Sniff s = text("catalog.csv", "# Required | A unique content ID,# Required | A title\nid,title\nA,Tee\n");
        assertEquals(1, s.noteRows());
        assertEquals(java.util.List.of("id", "title"), s.header());
        assertEquals("merchant-csv", Formats.detect(s, DataKind.CATALOG).name());
    }

    private static String message(Sniff sniff) {
        return assertThrows(MerchLabException.class, () -> Formats.detect(sniff, DataKind.CATALOG)).getMessage();
    }
}
