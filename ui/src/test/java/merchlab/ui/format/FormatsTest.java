package merchlab.ui.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("1,234,567", Formats.count(1_234_567));
        assertEquals("1.2M", Formats.compact(1_234_567));
        assertEquals("12.3k", Formats.compact(12_345));
    }

    @Test
    void measuresHaveFourDecimalsAndChangesTheirSign() {
        assertEquals("0.6123", Formats.metric(0.61234));
        assertEquals("–", Formats.metric(Double.NaN));
        assertEquals("+0.0431", Formats.change(0.0431));
        assertEquals("-0.0020", Formats.change(-0.002));
    }

    @Test
    void pricesShowTwoDecimalsAndTheirCurrency() {
        assertEquals("12.99 USD", Formats.price(12.99, "USD"));
        assertEquals("1,200.00", Formats.price(1200.0, null));
        assertEquals("", Formats.price(null, "USD"));
    }

    @Test
    void timesAreUtc() {
        assertEquals("2024-03-01 00:00:00", Formats.dateTime(1_709_251_200_000L));
        assertEquals("2024-03-01 – 2024-03-10 (10 days)",
                Formats.dateRange(1_709_251_200_000L, 1_709_251_200_000L + 9 * 86_400_000L + 5));
        assertEquals("no events", Formats.dateRange(null, null));
    }

    @Test
    void rangesAndDurations() {
        assertEquals("201–400 of 12,345", Formats.range(200, 200, 12_345));
        assertEquals("No rows", Formats.range(0, 0, 0));
        assertEquals("1.5 s", Formats.seconds(1.5));
        assertEquals("2 min 5 s", Formats.seconds(125));
        assertEquals("1.4 MB", Formats.bytes(1_468_006));
    }
}
