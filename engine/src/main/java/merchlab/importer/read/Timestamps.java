package merchlab.importer.read;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Reads event times: ISO-8601 date-times (an offset, {@code Z} or a trailing {@code UTC}; none means UTC) and epoch
 * numbers, whose unit follows from their size: up to 11 integer digits are seconds, 12-14 milliseconds, 15-17
 * microseconds and 18-19 nanoseconds.
 */
public final class Timestamps {
    /** The latest time an event id can hold (about the year 2248). */
    public static final long MAX_MILLIS = (1L << 43) - 1;

    private Timestamps() {
    }

    /** Epoch milliseconds (UTC) of {@code text}. */
    public static long parse(String text) throws RowProblem {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new RowProblem("missing timestamp");
        }
        long millis;
        char c = s.charAt(0);
        if (isDigit(c) && (s.length() < 5 || s.charAt(4) != '-')) {
            millis = epoch(s, text);
        } else {
            millis = iso(s, text);
        }
        return checkRange(millis, text);
    }

    /** Checks that epoch milliseconds lie between 1970 and the latest time an event id can hold. */
    public static long checkRange(long millis, String text) throws RowProblem {
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new RowProblem("timestamp '" + Numbers.clip(text) + "' is out of range (1970 to 2248)");
        }
        return millis;
    }

    private static long epoch(String s, String original) throws RowProblem {
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() || whole.length() > 19 || !allDigits(whole) || !allDigits(fraction)) {
            throw notTime(original);
        }
        long value;
        try {
            value = Long.parseLong(whole);
        } catch (NumberFormatException e) {
            throw notTime(original);
        }
        int digits = whole.length();
        if (digits <= 11) {
            long fracMillis = 0;
            if (!fraction.isEmpty()) {
                String ms = (fraction + "000").substring(0, 3);
                fracMillis = Long.parseLong(ms);
            }
            if (value > MAX_MILLIS / 1000) {
                throw new RowProblem("timestamp '" + Numbers.clip(original) + "' is out of range (1970 to 2248)");
            }
            return value * 1000 + fracMillis;
        }
        if (digits <= 14) {
            return value;
        }
        if (digits <= 17) {
            return value / 1000;
        }
        return value / 1_000_000;
    }

    private static long iso(String s, String original) throws RowProblem {
        long fast = fastIso(s);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
            if (t instanceof ZonedDateTime z) {
                return z.toInstant().toEpochMilli();
            }
            return ((LocalDateTime) t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw notTime(original);
        }
    }

    /** Parses the common shapes without allocating; {@code Long.MIN_VALUE} when the text is another shape. */
    static long fastIso(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int millis = 0;
        int i = 10;
        if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == ' ') && i + 6 <= n && s.charAt(i + 3) == ':') {
            hour = digits(s, i + 1, 2);
            minute = digits(s, i + 4, 2);
            i += 6;
            if (i + 3 <= n && s.charAt(i) == ':') {
                second = digits(s, i + 1, 2);
                i += 3;
                if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                    int start = ++i;
                    while (i < n && isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i == start) {
                        return Long.MIN_VALUE;
                    }
                    for (int k = 0; k < 3; k++) {
                        millis = millis * 10 + (start + k < i ? s.charAt(start + k) - '0' : 0);
                    }
                }
            }
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
                return Long.MIN_VALUE;
            }
        }
        int offsetMinutes = 0;
        String zone = i == n ? "" : i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z') ? "Z" : s.substring(i).strip();
        if (!zone.isEmpty() && !zone.equals("Z") && !zone.equals("z") && !zone.equalsIgnoreCase("UTC")
                && !zone.equalsIgnoreCase("GMT")) {
            offsetMinutes = offset(zone);
            if (offsetMinutes == Integer.MIN_VALUE) {
                return Long.MIN_VALUE;
            }
        }
        long days = daysFromCivil(year, month, day);
        long secs = days * 86_400L + hour * 3600L + minute * 60L + second - offsetMinutes * 60L;
        return secs * 1000 + millis;
    }

    private static int offset(String z) {
        char sign = z.charAt(0);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        String rest = z.substring(1).replace(":", "");
        if (rest.length() != 2 && rest.length() != 4) {
            return Integer.MIN_VALUE;
        }
        int h = digits(rest, 0, 2);
        int m = rest.length() == 4 ? digits(rest, 2, 2) : 0;
        if (h < 0 || h > 18 || m < 0 || m > 59) {
            return Integer.MIN_VALUE;
        }
        int total = h * 60 + m;
        return sign == '-' ? -total : total;
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static RowProblem notTime(String text) {
        return new RowProblem("timestamp '" + Numbers.clip(text)
                + "' is neither ISO-8601 nor epoch seconds/milliseconds");
    }
}
