package merchlab.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final long T = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();

    @Test
    void isoWithZoneOffsetOrNone() throws RowProblem {
        assertEquals(T, Timestamps.parse("2024-03-01T10:00:00Z"));
        assertEquals(T + 250, Timestamps.parse("2024-03-01T10:00:00.250Z"));
        assertEquals(T, Timestamps.parse("2024-03-01T11:00:00+01:00"));
        assertEquals(T, Timestamps.parse("2024-03-01T05:30:00-0430"));
        assertEquals(T, Timestamps.parse("2024-03-01 10:00:00"));
        assertEquals(T, Timestamps.parse("2024-03-01 10:00:00 UTC"));
        assertEquals(T - 36_000_000, Timestamps.parse("2024-03-01"));
        assertEquals(T + 123, Timestamps.parse("2024-03-01T10:00:00.123456789Z"));
        assertEquals(T, Timestamps.parse("2024-03-01T11:00:00+01:00[Europe/Paris]"));
    }

    @Test
    void epochUnitFollowsTheNumberOfDigits() throws RowProblem {
        assertEquals(T, Timestamps.parse("1709287200"));
        assertEquals(T + 500, Timestamps.parse("1709287200.5"));
        assertEquals(T, Timestamps.parse("1709287200000"));
        assertEquals(T, Timestamps.parse("1709287200000000"));
        assertEquals(T, Timestamps.parse("1709287200000000000"));
    }

    @Test
    void anythingElseIsRejected() {
        assertThrows(RowProblem.class, () -> Timestamps.parse("yesterday"));
        assertThrows(RowProblem.class, () -> Timestamps.parse("2024-02-30T10:00:00Z"));
        assertThrows(RowProblem.class, () -> Timestamps.parse("2024-03-01T25:00:00Z"));
        assertThrows(RowProblem.class, () -> Timestamps.parse(""));
        assertThrows(RowProblem.class, () -> Timestamps.parse("-5"));
        assertThrows(RowProblem.class, () -> Timestamps.parse("1969-12-31T23:59:59Z"));
    }

    @Test
    void civilDaysMatchJavaTime() {
        for (String d : new String[] {"1970-01-01", "2000-02-29", "2024-12-31", "2100-03-01"}) {
            long expected = java.time.LocalDate.parse(d).toEpochDay();
            String[] p = d.split("-");
            assertEquals(expected, Timestamps.daysFromCivil(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                    Integer.parseInt(p[2])));
        }
    }
}
