package merchlab.eval.protocol;

import java.util.Locale;
import merchlab.MerchLabException;

/**
 * Whether a shopper's history stays among the ranked products: {@link #EXCLUDE} (what a shop wants: nothing the
 * shopper already has is recommended, and a target already in the history is not a case) or {@link #KEEP} (the
 * convention of RecBole's sequential models and most published sequential results: every product is ranked, and a
 * repeated target still counts).
 */
public enum HistoryRule {
    EXCLUDE, KEEP;

    /** The command-line word: {@code exclude} or {@code keep}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule of a command-line word. */
    public static HistoryRule of(String word) {
        for (HistoryRule r : values()) {
            if (r.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new MerchLabException("--history must be exclude or keep, not '" + word + "'");
    }
}
