package merchlab.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns attributions into sentences in the shop's terms. A reason is stated only when the features behind it pushed
 * the score in the direction the sentence claims, by at least {@link #MIN_SHARE} of all attribution and at least
 * {@link #MIN_CTR} of CTR, and when the features' values agree with its wording (for example "the shopper often buys
 * this brand" needs a brand affinity above the shop's average). Reasons that lowered the score start with
 * "held back: ". Every product gets at least one reason: when none clears the thresholds, its strongest driver
 * ({@link StrongestDriver}). A search's weak match also says it does not match the query as closely as those above.
 */
public final class ReasonWriter {
    /** Smallest share of the total absolute attribution a reason needs. */
    public static final double MIN_SHARE = 0.10;
    /** Smallest absolute effect on the predicted CTR a reason needs. */
    public static final double MIN_CTR = 2e-4;
    /** Share from which a match is called strong. */
    public static final double STRONG_SHARE = 0.30;

    private record Reason(double support, String text) {
    }

    /** The reasons an explanation supports, those that raised the score first, each list strongest first. */
    public List<String> reasons(Explanation e, ReasonContext c) {
        Facts f = new Facts(e);
        List<Reason> found = new ArrayList<>();
        double strong = STRONG_SHARE * f.total;
        if (c.query() != null) {
            double s = f.sum("query_cosine", "lexical_score", "query_embedding");
            boolean closer = f.above("query_cosine") || f.above("lexical_score");
            if (s > 0 && closer) {
                add(found, f, s, "matches the query '" + c.query() + "'" + (s >= strong ? " strongly" : ""));
            } else if (s < 0 && !closer) {
                add(found, f, s, "matches the query '" + c.query() + "' only weakly");
            }
        }
        double taste = f.sum("shopper_cosine", "shopper_embedding");
        if (taste > 0 && f.above("shopper_cosine")) {
            add(found, f, taste, c.likeInHistory() != null ? "similar to '" + c.likeInHistory()
                    + "' from the shopper's history" : "similar to products the shopper engaged with");
        } else if (taste < 0 && f.below("shopper_cosine")) {
            add(found, f, taste, "unlike what the shopper usually engages with");
        }
        if (f.sum("recent_cosine") > 0 && f.above("recent_cosine")) {
            add(found, f, f.sum("recent_cosine"), "close to what the shopper looked at most recently");
        }
        if (f.sum("engaged_before") > 0 && f.value("engaged_before") > 0) {
            add(found, f, f.sum("engaged_before"), "the shopper engaged with this product before");
        }
        String category = c.category() != null ? "'" + c.category() + "'" : "this category";
        double cat = f.sum("category_affinity", "top_category_affinity");
        if (cat > 0 && f.value("category_affinity") > 0) {
            add(found, f, cat, "the shopper often shops in " + category);
        } else if (cat < 0 && f.value("category_affinity") < 0) {
            add(found, f, cat, "the shopper rarely shops in " + category);
        }
        String brand = c.brand() != null ? " (" + c.brand() + ")" : "";
        double br = f.sum("brand_affinity");
        if (br > 0 && f.value("brand_affinity") > 0) {
            add(found, f, br, "the shopper often buys this brand" + brand);
        } else if (br < 0 && f.value("brand_affinity") < 0) {
            add(found, f, br, "the shopper rarely buys this brand" + brand);
        }
        price(found, f, category);
        popularity(found, f);
        context(found, f, c);
        List<String> out = new ArrayList<>();
        found.stream().filter(r -> r.support() > 0).sorted(Comparator.comparingDouble(r -> -r.support()))
                .forEach(r -> out.add(r.text()));
        String strongest = out.isEmpty() ? StrongestDriver.reason(e, c) : null;
        if (strongest != null && (!strongest.equals(StrongestDriver.OTHERS_LOWER) || found.isEmpty())) {
            out.add(strongest);
        }
        if (c.weakMatch() && c.query() != null) {
            out.add("held back: does not match '" + c.query() + "' as closely as the products above it");
        }
        found.stream().filter(r -> r.support() < 0).sorted(Comparator.comparingDouble(Reason::support))
                .forEach(r -> out.add("held back: " + r.text()));
        return out;
    }

    private static void price(List<Reason> found, Facts f, String category) {
        double relative = f.sum("relative_price", "log_price");
        if (relative > 0 && f.below("relative_price")) {
            add(found, f, relative, "priced below most products in " + category);
        } else if (relative < 0 && f.above("relative_price")) {
            add(found, f, relative, "priced above most products in " + category);
        }
        double fit = f.sum("price_gap", "price_vs_shopper", "price_fit", "shopper_relative_price");
        if (fit > 0 && f.below("price_gap")) {
            add(found, f, fit, "priced like what the shopper usually buys");
        } else if (fit < 0 && f.above("price_gap")) {
            add(found, f, fit, "priced away from what the shopper usually pays");
        }
    }

    private static void popularity(List<Reason> found, Facts f) {
        if (f.sum("recent_popularity") > 0 && f.above("recent_popularity")) {
            add(found, f, f.sum("recent_popularity"), "popular this week");
        }
        if (f.sum("popularity", "impressions") > 0 && f.above("popularity")) {
            add(found, f, f.sum("popularity", "impressions"), "popular in the shop");
        }
        double ctr = f.sum("product_ctr");
        if (ctr > 0 && f.above("product_ctr")) {
            add(found, f, ctr, "clicked more often than expected wherever it was shown");
        } else if (ctr < 0 && f.below("product_ctr")) {
            add(found, f, ctr, "clicked less often than expected where it was shown");
        }
        if (f.sum("product_age") > 0 && f.below("product_age")) {
            add(found, f, f.sum("product_age"), "new in the shop");
        }
    }

    private static void context(List<Reason> found, Facts f, ReasonContext c) {
        context(found, f, c, 1, "usually clicked");
        context(found, f, c, -1, "seldom clicked");
    }

    /** The context reason in one direction: {@code sign} 1 for the settings that raised the score, -1 lowered it. */
    private static void context(List<Reason> found, Facts f, ReasonContext c, int sign, String verb) {
        double device = f.sum("category_device_ctr", "device_mobile", "device_desktop", "device_tablet");
        double daypart = f.sum("category_daypart_ctr", "hour_sin", "hour_cos");
        double week = f.sum("category_weekend_ctr", "weekday_sin", "weekday_cos");
        List<String> when = new ArrayList<>();
        double support = 0;
        if (c.device() != null && sign * device > 0 && sign * f.value("category_device_ctr") > 0) {
            when.add("on " + c.device().toLowerCase(Locale.ROOT));
            support += device;
        }
        if (c.daypart() != null && sign * daypart > 0 && sign * f.value("category_daypart_ctr") > 0) {
            when.add(c.daypart());
            support += daypart;
        }
        if (c.dayKind() != null && sign * week > 0 && sign * f.value("category_weekend_ctr") > 0) {
            when.add(c.dayKind());
            support += week;
        }
        if (!when.isEmpty()) {
            String what = c.topCategory() != null ? "'" + c.topCategory() + "' products are" : "products like this are";
            add(found, f, support, what + " " + verb + " " + String.join(" ", when));
        }
    }

    private static void add(List<Reason> found, Facts f, double support, String text) {
        if (Math.abs(support) >= Math.max(MIN_CTR, MIN_SHARE * f.total)) {
            found.add(new Reason(support, text));
        }
    }

    /** Lookup of attributions and values by feature name. */
    private static final class Facts {
        private final java.util.Map<String, Explanation.FeatureAttribution> byName = new java.util.HashMap<>();
        private final double total;

        Facts(Explanation e) {
            double t = 0;
            for (Explanation.FeatureAttribution a : e.features()) {
                byName.put(a.name(), a);
                t += Math.abs(a.attribution());
            }
            total = t;
        }

        double sum(String... names) {
            double s = 0;
            for (String n : names) {
                Explanation.FeatureAttribution a = byName.get(n);
                s += a == null ? 0 : a.attribution();
            }
            return s;
        }

        double value(String name) {
            Explanation.FeatureAttribution a = byName.get(name);
            return a == null ? Double.NaN : a.value();
        }

        boolean above(String name) {
            Explanation.FeatureAttribution a = byName.get(name);
            return a != null && a.value() > a.baselineValue();
        }

        boolean below(String name) {
            Explanation.FeatureAttribution a = byName.get(name);
            return a != null && a.value() < a.baselineValue();
        }
    }
}
