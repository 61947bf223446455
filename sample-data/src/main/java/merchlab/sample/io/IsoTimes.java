package merchlab.sample.io;

import java.time.LocalDate;

/** Formats epoch milliseconds as ISO-8601 UTC with milliseconds, for example {@code 2026-03-01T10:15:30.123Z}. */
public final class IsoTimes {
    private static final long DAY = 86_400_000L;
    private long cachedDay = Long.MIN_VALUE;
    private String cachedPrefix;

    public String iso(long epochMillis) {
        long day = Math.floorDiv(epochMillis, DAY);
        if (day != cachedDay) {
            cachedDay = day;
            cachedPrefix = LocalDate.ofEpochDay(day) + "T";
        }
        int ms = (int) (epochMillis - day * DAY);
        char[] time = new char[13];
        two(time, 0, ms / 3_600_000);
        time[2] = ':';
        two(time, 3, ms / 60_000 % 60);
        time[5] = ':';
        two(time, 6, ms / 1_000 % 60);
        time[8] = '.';
        int milli = ms % 1_000;
        time[9] = (char) ('0' + milli / 100);
        time[10] = (char) ('0' + milli / 10 % 10);
        time[11] = (char) ('0' + milli % 10);
        time[12] = 'Z';
        return cachedPrefix + new String(time);
    }

    /** The GA4 {@code event_date}, for example {@code 20260301}. */
    public static String compactDate(long epochMillis) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, DAY)).toString().replace("-", "");
    }

    private static void two(char[] into, int at, int value) {
        into[at] = (char) ('0' + value / 10);
        into[at + 1] = (char) ('0' + value % 10);
    }
}
