package merchlab.sample.query;

import java.util.Locale;

/** How a query's words relate to the catalog's: the shop's own words, a misspelling, or a synonym not in titles. */
public enum QueryKind {
    EXACT, MISSPELLED, PARAPHRASE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QueryKind parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
