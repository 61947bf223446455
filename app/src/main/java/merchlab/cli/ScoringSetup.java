package merchlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.model.Context;
import merchlab.scoring.ScoredProduct;

/**
 * What {@code recommend}, {@code search} and {@code explain} share on the command line: the context options and the
 * output of ranked lists. Choosing models and candidate sources is {@link merchlab.scoring.ShopScorers}'s job.
 */
final class ScoringSetup {
    private ScoringSetup() {
    }

    /** Refuses a price filter that is not a number of 0 or more (NaN or infinity would filter nothing silently). */
    static void checkPrice(String option, Double price) {
        if (price != null && !(Double.isFinite(price) && price >= 0)) {
            throw new MerchLabException(option + " must be a price of 0 or more, not " + price);
        }
    }

    /** Writes a note about the command's input on standard error (standard output may be a JSON document). */
    static void note(String note) {
        if (note != null) {
            System.err.println("note: " + note);
        }
    }

    static Map<String, Object> contextMap(Context c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("device", c.device());
        m.put("hour", c.hour() < 0 ? null : c.hour());
        m.put("weekday", c.weekday() < 0 ? null : c.weekday());
        return m;
    }

    static List<Map<String, Object>> items(List<ScoredProduct> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ScoredProduct p : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("productId", p.productId());
            m.put("title", p.title());
            m.put("score", p.score());
            m.put("ctr", p.ctr());
            m.put("sources", p.sources());
            if (p.weakMatch()) {
                m.put("weakMatch", true);
            }
            out.add(m);
        }
        return out;
    }

    static void print(List<ScoredProduct> items) {
        int rank = 1;
        for (ScoredProduct p : items) {
            System.out.printf(Locale.ROOT, "%3d  %-12s %-50s %s%n", rank++, p.productId(),
                    p.title().length() > 50 ? p.title().substring(0, 47) + "..." : p.title(),
                    p.ctr() == null ? String.format(Locale.ROOT, "score %.4f", p.score())
                            : String.format(Locale.ROOT, "ctr %.4f", p.ctr()));
        }
    }
}
