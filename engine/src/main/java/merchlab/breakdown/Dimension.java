package merchlab.breakdown;

import java.util.Arrays;
import java.util.Locale;
import merchlab.MerchLabException;

/**
 * What a breakdown splits impressions by. Each value is text that sorts in its natural order (hours "00" to "23",
 * weekdays "1 Mon" to "7 Sun", positions "01", "02", ...); times are UTC, as the workspace stores them.
 */
public enum Dimension {
    /** The top level of the product's category path. */
    CATEGORY("category", "COALESCE(NULLIF(TRIM(CASE WHEN instr(p.category, ' > ') > 0 "
            + "THEN substr(p.category, 1, instr(p.category, ' > ') - 1) ELSE p.category END), ''), '(none)')"),
    /** The shopper's device. */
    DEVICE("device", "COALESCE(NULLIF(i.device, ''), '(unknown)')"),
    /** The hour of the day the list was shown. */
    HOUR("hour", "strftime('%H', i.ts / 1000, 'unixepoch')"),
    /** The day of the week the list was shown, Monday first. */
    WEEKDAY("weekday", "CASE strftime('%w', i.ts / 1000, 'unixepoch') WHEN '1' THEN '1 Mon' WHEN '2' THEN '2 Tue' "
            + "WHEN '3' THEN '3 Wed' WHEN '4' THEN '4 Thu' WHEN '5' THEN '5 Fri' WHEN '6' THEN '6 Sat' "
            + "ELSE '7 Sun' END"),
    /** The position in the list, from 1. */
    POSITION("position", "CASE WHEN i.position IS NULL THEN '(none)' ELSE printf('%02d', i.position) END"),
    /** The calendar day. */
    DAY("day", "strftime('%Y-%m-%d', i.ts / 1000, 'unixepoch')");

    private final String word;
    private final String sql;

    Dimension(String word, String sql) {
        this.word = word;
        this.sql = sql;
    }

    /** "category", "device" ...: the name a user types and a CSV column carries. */
    public String word() {
        return word;
    }

    /** The SQL expression over an impression {@code i} and its product {@code p}. */
    String sql() {
        return sql;
    }

    /** The dimension called {@code word}, or a clear error naming the choices. */
    public static Dimension parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.word.equals(w)).findFirst().orElseThrow(() ->
                new MerchLabException("no breakdown by '" + word + "': use one of " + String.join(", ",
                        Arrays.stream(values()).map(Dimension::word).toList())));
    }

    @Override
    public String toString() {
        return word;
    }
}
