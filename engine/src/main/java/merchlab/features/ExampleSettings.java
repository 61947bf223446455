package merchlab.features;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;

/**
 * How training examples are drawn from the logs.
 *
 * @param source               {@code auto} (impressions when the logs have result lists, otherwise sampled negatives),
 *                             {@code impressions} or {@code sampled-negatives}
 * @param negativesPerPositive for sampled negatives: unshown products drawn uniformly from the catalog per engagement
 * @param unshownPerSearch     for impressions: products the search did not show added to each logged search list as
 *                             unclicked examples, half of them partial word matches of the query and half drawn
 *                             uniformly from the catalog, so the ranker learns what an irrelevant product looks like
 *                             (the shop's own search showed only products that match); 0 turns this off
 * @param seed                 seeds the negative sampling
 */
public record ExampleSettings(String source, int negativesPerPositive, int unshownPerSearch, long seed) {
    /** Unshown products added per logged search list by default (measured in BENCHMARKS.md). */
    public static final int UNSHOWN_PER_SEARCH = 4;

    public ExampleSettings {
        source = source == null ? "auto" : source.strip().toLowerCase(Locale.ROOT);
        if (!source.equals("auto") && !source.equals(FeaturePipeline.FROM_IMPRESSIONS)
                && !source.equals(FeaturePipeline.FROM_SAMPLED_NEGATIVES)) {
            throw new MerchLabException("unknown example source '" + source
                    + "': use auto, impressions or sampled-negatives");
        }
        if (negativesPerPositive < 1 || negativesPerPositive > 100) {
            throw new MerchLabException("negatives per positive must be 1..100, not " + negativesPerPositive);
        }
        if (unshownPerSearch < 0 || unshownPerSearch > 100) {
            throw new MerchLabException("unshown products per search must be 0..100, not " + unshownPerSearch);
        }
    }

    public static ExampleSettings defaults(long seed) {
        return new ExampleSettings("auto", 4, UNSHOWN_PER_SEARCH, seed);
    }

    /** As stored in a saved model's settings, with the source actually used. */
    public Map<String, Object> asMap(String usedSource) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("examples", usedSource);
        if (FeaturePipeline.FROM_SAMPLED_NEGATIVES.equals(usedSource)) {
            m.put("negativesPerPositive", negativesPerPositive);
            m.put("negativeSampling", "uniform over the catalog, excluding the engaged product");
        } else {
            m.put("unshownPerSearch", unshownPerSearch);
        }
        return m;
    }
}
