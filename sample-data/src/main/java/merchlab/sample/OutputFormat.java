package merchlab.sample;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import merchlab.MerchLabException;

/** The file formats a generated shop can be written in; the generic CSV files are always written. */
public enum OutputFormat {
    /** products.csv (Merchant Center columns), events.csv, judgments.csv, queries.csv and the truth files. */
    GENERIC("generic"),
    /** products.jsonl: the same Merchant Center fields as JSON Lines. */
    MERCHANT_JSONL("merchant-jsonl"),
    /** ga4_events.jsonl: the behaviour log as Google Analytics 4 BigQuery export rows. */
    GA4("ga4");

    private final String code;

    OutputFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses a comma-separated list such as {@code generic,merchant-jsonl,ga4}; generic is always included. */
    public static Set<OutputFormat> parseList(String list) {
        Set<OutputFormat> formats = EnumSet.of(GENERIC);
        if (list == null || list.isBlank()) {
            return formats;
        }
        for (String part : list.split(",")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            OutputFormat found = null;
            for (OutputFormat format : values()) {
                if (format.code.equals(code)) {
                    found = format;
                }
            }
            if (found == null) {
                throw new MerchLabException("unknown format '" + part.strip()
                        + "': use generic, merchant-jsonl or ga4");
            }
            formats.add(found);
        }
        return formats;
    }
}
