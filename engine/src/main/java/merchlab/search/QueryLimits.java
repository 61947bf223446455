package merchlab.search;

import java.util.Locale;
import merchlab.MerchLabException;

/**
 * The largest query a search takes: so long a text or so many different words is refused with a clear message
 * instead of costing time that grows with it (a shopper's query is a few words; pasted text is not a query).
 */
public final class QueryLimits {
    /** Characters of query text searched at most. */
    public static final int MAX_CHARACTERS = 500;
    /** Different searchable words (and Chinese character pairs) in one query at most. */
    public static final int MAX_TERMS = 32;

    private QueryLimits() {
    }

    /** Throws a {@link MerchLabException} naming the limit when {@code query} is longer or has more terms. */
    public static void check(String query) {
        if (query == null) {
            return;
        }
        int length = query.codePointCount(0, query.length());
        if (length > MAX_CHARACTERS) {
            throw new MerchLabException(String.format(Locale.ROOT,
                    "the query is %,d characters long; at most %,d are searched: shorten it", length, MAX_CHARACTERS));
        }
        int terms = SearchText.queryTokens(query).size();
        if (terms > MAX_TERMS) {
            throw new MerchLabException(String.format(Locale.ROOT,
                    "the query has %d different words; at most %d are searched: keep the words that matter",
                    terms, MAX_TERMS));
        }
    }
}
