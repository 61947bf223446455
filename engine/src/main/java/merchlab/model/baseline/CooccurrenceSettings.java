package merchlab.model.baseline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;

/**
 * How the co-occurrence baseline counts and scores.
 *
 * @param window   pairs are counted between a product and the shopper's {@code window} previous distinct products
 * @param forward  whether only later products count as neighbours of earlier ones (direction {@code forward}) rather
 *                 than both ways ({@code both})
 * @param cosine   whether a pair's count is divided by the square root of both products' counts ({@code cosine}) or
 *                 kept as it is ({@code count})
 * @param history  how many of the shopper's most recent distinct products score candidates
 * @param recency  each older history product weighs this much of the next newer one
 */
record CooccurrenceSettings(int window, boolean forward, boolean cosine, int history, double recency) {
    /** Neighbours kept per product. */
    static final int KEEP = 100;
    /** What co-occurrence used before it was tuned: 10 products both ways, cosine, 20 history products at 0.9. */
    static final CooccurrenceSettings DEFAULTS = new CooccurrenceSettings(10, false, true, 20, 0.9);

    CooccurrenceSettings {
        if (window < 1 || history < 1 || !(recency > 0 && recency <= 1)) {
            throw new MerchLabException("co-occurrence needs window >= 1, history >= 1 and 0 < recency <= 1");
        }
    }

    CooccurrenceSettings withWindow(int w, boolean f) {
        return new CooccurrenceSettings(w, f, cosine, history, recency);
    }

    CooccurrenceSettings withScoring(boolean c, int h, double r) {
        return new CooccurrenceSettings(window, forward, c, h, r);
    }

    /** The settings a model stores. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("window", window);
        m.put("direction", forward ? "forward" : "both");
        m.put("weighting", cosine ? "cosine" : "count");
        m.put("history", history);
        m.put("recencyWeight", recency);
        m.put("neighboursKept", KEEP);
        return m;
    }

    /** Stored settings, or options given by hand, over {@code base}. */
    static CooccurrenceSettings from(Map<String, ?> m, CooccurrenceSettings base) {
        return new CooccurrenceSettings(whole(m.get("window"), base.window),
                text(m.get("direction"), base.forward ? "forward" : "both", "both", "forward").equals("forward"),
                text(m.get("weighting"), base.cosine ? "cosine" : "count", "cosine", "count").equals("cosine"),
                whole(m.get("history"), base.history),
                m.get("recencyWeight") != null ? number(m.get("recencyWeight"))
                        : m.get("recency") != null ? number(m.get("recency")) : base.recency);
    }

    private static int whole(Object v, int fallback) {
        return v == null ? fallback : (int) number(v);
    }

    private static double number(Object v) {
        try {
            return v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new MerchLabException("co-occurrence setting '" + v + "' is not a number");
        }
    }

    private static String text(Object v, String fallback, String... allowed) {
        String s = v == null ? fallback : v.toString().strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(s)) {
                return s;
            }
        }
        throw new MerchLabException("co-occurrence setting '" + s + "' must be one of " + String.join(", ", allowed));
    }
}
