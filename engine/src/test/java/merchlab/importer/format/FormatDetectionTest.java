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
        "judgments.json, JUDGMENTS, opensearch-judgments"
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
        assertEquals(java.util.List.of("merchant-csv", "merchant-jsonl", "recbole", "item-attributes-json"),
                Formats.names(DataKind.CATALOG));
        assertEquals(java.util.List.of("judgments-csv", "opensearch-judgments"), Formats.names(DataKind.JUDGMENTS));
    }
}
