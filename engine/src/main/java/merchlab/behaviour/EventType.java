package merchlab.behaviour;

import java.util.Locale;
import java.util.Optional;

/** The kinds of behaviour event a workspace stores. */
public enum EventType {
    SEARCH, IMPRESSION, CLICK, VIEW, ADD_TO_CART, PURCHASE;

    /** The name stored in the workspace and written in files, for example {@code add_to_cart}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored or file name; empty when it is not one of the known types. */
    public static Optional<EventType> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the shopper showed interest in the product (click or stronger). */
    public boolean isEngagement() {
        return this == CLICK || this == VIEW || this == ADD_TO_CART || this == PURCHASE;
    }
}
