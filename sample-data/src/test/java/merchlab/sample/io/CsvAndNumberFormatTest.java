package merchlab.sample.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import merchlab.csv.CsvRows;
import merchlab.csv.CsvWriter;
import merchlab.csv.Decimals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAndNumberFormatTest {
    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        try (CsvWriter out = new CsvWriter(file, List.of("a", "b", "c", "d"))) {
            out.cell("Maple & Co, \"Classic\"").cell("line\nbreak").empty().cell("跑步鞋");
            out.endRow();
        }
        assertEquals("a,b,c,d\n\"Maple & Co, \"\"Classic\"\"\",\"line\nbreak\",,跑步鞋\n",
                Files.readString(file, StandardCharsets.UTF_8));
        try (CsvRows in = CsvRows.open(file)) {
            assertEquals(List.of("a", "b", "c", "d"), in.next());
            assertEquals(List.of("Maple & Co, \"Classic\"", "line\nbreak", "", "跑步鞋"), in.next());
        }
    }

    @Test
    void numbersHaveFixedDecimalsAndNoExponent() {
        assertEquals("0.000012345", Decimals.fixed(0.0000123449999, 9));
        assertEquals("-0.519860", Decimals.fixed(-0.51986, 6));
        assertEquals("0.000000", Decimals.fixed(-0.0000001, 6));
        assertEquals("12.99", Decimals.price(1299));
        assertEquals("129.00", Decimals.price(12900));
        assertEquals("3", Decimals.fixed(2.6, 0));
    }

    @Test
    void timestampsAreIsoUtcWithMilliseconds() {
        IsoTimes t = new IsoTimes();
        long at = java.time.Instant.parse("2026-03-01T10:15:30.123Z").toEpochMilli();
        assertEquals("2026-03-01T10:15:30.123Z", t.iso(at));
        assertEquals("2026-03-02T00:00:00.007Z", t.iso(at + 13 * 3_600_000L + 44 * 60_000L + 29_884));
        assertEquals("20260301", IsoTimes.compactDate(at));
    }
}
