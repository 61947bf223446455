package merchlab.ui.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text for the numbers and times the screens show; times are UTC, as the workspace stores them. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_MINUTE =
            DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** 1234567 -> "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** 1234567 -> "1.2M", 12345 -> "12.3k", small numbers as they are. */
    public static String compact(long n) {
        if (Math.abs(n) >= 1_000_000) {
            return String.format(Locale.US, "%.1fM", n / 1_000_000.0);
        }
        if (Math.abs(n) >= 10_000) {
            return String.format(Locale.US, "%.1fk", n / 1_000.0);
        }
        return count(n);
    }

    /** A click-through rate, the one way every screen writes it: 0.1114 -> "11.14%"; "–" for none. */
    public static String ctr(Double rate) {
        return rate == null ? "–" : String.format(Locale.US, "%.2f%%", 100 * rate);
    }

    /** A ranking measure (NDCG, AUC, a p-value ...) with four decimals: 0.61234 -> "0.6123"; "–" when undefined. */
    public static String metric(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "–";
    }

    /** A change in a measure, always signed: 0.0431 -> "+0.0431", -0.002 -> "-0.0020"; "–" when undefined. */
    public static String change(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.4f", value) : "–";
    }

    /** "12.99 USD", "12.99" without a currency, "" without a price. */
    public static String price(Double price, String currency) {
        if (price == null) {
            return "";
        }
        String amount = String.format(Locale.US, "%,.2f", price);
        return currency == null || currency.isBlank() ? amount : amount + " " + currency;
    }

    /** Epoch ms -> "03-01 14:05" (UTC): a time within a history, the year said elsewhere. */
    public static String dayAndMinute(long epochMillis) {
        return DAY_AND_MINUTE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Epoch ms -> "2024-03-01 14:05:09" (UTC). */
    public static String dateTime(long epochMillis) {
        return DATE_TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Epoch ms -> "2024-03-01" (UTC). */
    public static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    /** "2024-03-01 – 2024-03-10 (10 days)", or "no events" when either end is missing. */
    public static String dateRange(Long from, Long to) {
        if (from == null || to == null) {
            return "no events";
        }
        long days = Duration.ofMillis(to - from).toDays() + 1;
        return date(from) + " – " + date(to) + " (" + days + (days == 1 ? " day)" : " days)");
    }

    /** 1.5 -> "1.5 s", 75 -> "1 min 15 s". */
    public static String seconds(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.US, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return (s / 60) + " min " + (s % 60) + " s";
    }

    /** Milliseconds as seconds with one decimal: 12345 -> "12.3 s"; "" when missing. */
    public static String millis(Long ms) {
        return ms == null ? "" : seconds(ms / 1000.0);
    }

    /** Bytes as "512 B", "1.4 MB". */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.US, "%.1f %s", v, units[u]);
    }

    /** "1–200 of 12,345", "0 of 0" when empty. */
    public static String range(long offset, int shown, long total) {
        if (shown == 0) {
            return total == 0 ? "No rows" : "0 of " + count(total);
        }
        return count(offset + 1) + "–" + count(offset + shown) + " of " + count(total);
    }
}
