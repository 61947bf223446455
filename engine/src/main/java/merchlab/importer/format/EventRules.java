package merchlab.importer.format;

import merchlab.behaviour.EventType;
import merchlab.behaviour.Sponsorship;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/** The checks every behaviour event passes, whatever file it comes from. */
final class EventRules {
    private EventRules() {
    }

    private static final EventType[] TYPES = EventType.values();
    private static final String[] CODES = java.util.Arrays.stream(TYPES).map(EventType::code).toArray(String[]::new);

    /** One of the six stored event types; the stored spelling is matched first, without making new strings. */
    static EventType type(String code) throws RowProblem {
        if (code == null) {
            throw new RowProblem("missing event type");
        }
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(code)) {
                return TYPES[i];
            }
        }
        return EventType.parse(code).orElseThrow(() -> new RowProblem("unknown event type '" + Numbers.clip(code)
                + "' (expected search, impression, click, view, add_to_cart or purchase)"));
    }

    /** A product is required for everything but a search, and a search needs its query. */
    static void check(EventType type, String userId, String productId, String query) throws RowProblem {
        if (userId == null) {
            throw new RowProblem("missing user id");
        }
        if (type == EventType.SEARCH) {
            if (query == null) {
                throw new RowProblem("search event without a query");
            }
        } else if (productId == null) {
            String code = type.code();
            throw new RowProblem("missing product id for " + ("aeiou".indexOf(code.charAt(0)) >= 0 ? "an " : "a ")
                    + code + " event");
        }
    }

    /** A list position: 1 is the top of the list. */
    static Integer position(String text) throws RowProblem {
        return text == null ? null : position(Numbers.whole(text, "position"));
    }

    /** A list position already read as a number. */
    static Integer position(Long value) throws RowProblem {
        if (value == null) {
            return null;
        }
        long v = value;
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new RowProblem("position " + v + " is not 1 or more (1 is the top of the list)");
        }
        return (int) v;
    }

    static Long dwellMs(String text) throws RowProblem {
        return text == null ? null : Numbers.atLeast(text, 0, "dwell_ms");
    }

    static Double price(String text) throws RowProblem {
        return text == null ? null : price(Numbers.decimal(text, "price"));
    }

    static Double price(Double v) throws RowProblem {
        if (v != null && v < 0) {
            throw new RowProblem("price " + v + " is negative");
        }
        return v;
    }

    static Integer quantity(String text) throws RowProblem {
        return text == null ? null : quantity(Numbers.atLeast(text, 0, "quantity"));
    }

    static Integer quantity(Long v) throws RowProblem {
        if (v == null) {
            return null;
        }
        if (v > Integer.MAX_VALUE) {
            throw new RowProblem("quantity " + v + " is too large");
        }
        return (int) (long) v;
    }

    static Double probability(Double v) throws RowProblem {
        if (v != null && (v < 0 || v > 1)) {
            throw new RowProblem("true_click_probability " + v + " is not between 0 and 1");
        }
        return v;
    }

    /**
     * The ad fields of an event, or null for an organic one: sponsored when {@code sponsored} says so (1, true, yes)
     * or, with no value there, when a campaign is named; only impressions and clicks can be sponsored.
     */
    static Sponsorship sponsorship(EventType type, String sponsored, String campaign, Double bid, Double pricePaid)
            throws RowProblem {
        boolean ad;
        if (sponsored == null) {
            ad = campaign != null;
        } else {
            switch (sponsored.toLowerCase(java.util.Locale.ROOT)) {
                case "1", "true", "yes", "y" -> ad = true;
                case "0", "false", "no", "n" -> ad = false;
                default -> throw new RowProblem("sponsored '" + Numbers.clip(sponsored) + "' is not 1 or 0");
            }
        }
        if (!ad) {
            return null;
        }
        if (type != EventType.IMPRESSION && type != EventType.CLICK) {
            throw new RowProblem("only impressions and clicks can be sponsored, not " + type.code());
        }
        if (campaign == null) {
            throw new RowProblem("a sponsored " + type.code() + " needs its campaign_id");
        }
        if (bid != null && bid < 0) {
            throw new RowProblem("bid " + bid + " is negative");
        }
        if (pricePaid != null && pricePaid < 0) {
            throw new RowProblem("price_paid " + pricePaid + " is negative");
        }
        return new Sponsorship(campaign, bid, pricePaid);
    }
}
