package merchlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import merchlab.features.FeatureGroup;
import merchlab.features.FeatureSchema;
import org.junit.jupiter.api.Test;

/** Reasons appear only where attribution sign, size and feature values support them. */
class ReasonWriterTest {
    private static final ReasonContext SEARCH = new ReasonContext("running shoes", "Stride", "Running Shoes", "Sports",
            "mobile", 19, 3);

    /** An explanation over the standard schema: every value at its baseline 0 and no attribution, unless given. */
    private static Explanation explanation(Map<String, double[]> valueAndAttribution) {
        FeatureSchema schema = FeatureSchema.standard(4);
        List<Explanation.FeatureAttribution> list = new ArrayList<>();
        Map<FeatureGroup, Double> groups = new EnumMap<>(FeatureGroup.class);
        for (var f : schema.features()) {
            double[] va = valueAndAttribution.getOrDefault(f.name(), new double[] {0, 0});
            list.add(new Explanation.FeatureAttribution(f.name(), f.group(), va[0], 0, va[1]));
            groups.merge(f.group(), va[1], Double::sum);
        }
        return new Explanation("P1", 0.1, 0.05, list, groups, 0.001, 16, List.of());
    }

    private static List<String> reasons(Map<String, double[]> m, ReasonContext c) {
        return new ReasonWriter().reasons(explanation(m), c);
    }

    @Test
    void aStrongQueryMatchIsNamedWithTheQuery() {
        List<String> r = reasons(Map.of("query_cosine", new double[] {0.8, 0.03}, "lexical_score", new double[] {1, 0.01},
                "popularity", new double[] {2, 0.005}), SEARCH);
        assertEquals("matches the query 'running shoes' strongly", r.get(0));
        assertTrue(r.contains("popular in the shop"), r.toString());
    }

    @Test
    void brandReasonNeedsBothAPositiveAttributionAndAnAboveAverageAffinity() {
        assertTrue(reasons(Map.of("brand_affinity", new double[] {1.2, 0.02}), SEARCH)
                .contains("the shopper often buys this brand (Stride)"));
        assertFalse(reasons(Map.of("brand_affinity", new double[] {-1.2, 0.02}), SEARCH).toString().contains("brand"),
                "a positive attribution from a below-average affinity says nothing about buying the brand");
        assertEquals(List.of("held back: the shopper rarely buys this brand (Stride)"),
                reasons(Map.of("brand_affinity", new double[] {-1.2, -0.02}), SEARCH));
    }

    @Test
    void smallAttributionsGiveNoReason() {
        List<String> r = reasons(Map.of("query_cosine", new double[] {0.9, 0.05},
                "recent_popularity", new double[] {3, 0.004}, "brand_affinity", new double[] {1, 0.0001}), SEARCH);
        assertEquals(List.of("matches the query 'running shoes' strongly"), r, "under 10% of the total is not a reason");
    }

    @Test
    void contextReasonNamesDeviceAndDayPartThatRaisedTheScore() {
        List<String> r = reasons(Map.of("category_device_ctr", new double[] {0.3, 0.01},
                "category_daypart_ctr", new double[] {0.2, 0.008}, "category_weekend_ctr", new double[] {0.1, -0.001}),
                SEARCH);
        assertEquals(List.of("'Sports' products are usually clicked on mobile in the evening"), r);
    }

    @Test
    void contextReasonNamesTheSettingsThatLoweredTheScore() {
        List<String> r = reasons(Map.of("category_device_ctr", new double[] {-0.3, -0.01},
                "category_daypart_ctr", new double[] {0.2, 0.008}), SEARCH);
        assertEquals(List.of("'Sports' products are usually clicked in the evening",
                "held back: 'Sports' products are seldom clicked on mobile"), r);
        assertEquals(List.of(StrongestDriver.OTHERS_LOWER),
                reasons(Map.of("category_device_ctr", new double[] {0.3, -0.01}), SEARCH),
                "a click rate above the category's says nothing about being seldom clicked");
    }

    @Test
    void noQueryReasonForARecommendationAndNothingFromNothing() {
        ReasonContext recommendation = new ReasonContext(null, "Stride", "Running Shoes", "Sports", null, -1, -1);
        assertFalse(reasons(Map.of("query_cosine", new double[] {0.8, 0.03}), recommendation).toString()
                .contains("query"));
        assertTrue(reasons(Map.of(), SEARCH).isEmpty());
    }

    @Test
    void aProductWithNoReasonAboveTheThresholdsIsNamedForItsStrongestDriver() {
        ReasonContext c = new ReasonContext(null, "Stride", "Running Shoes", "Sports", null, -1, -1,
                "Stride Trail Runner", false);
        assertEquals(List.of("similar to 'Stride Trail Runner' from the shopper's history"),
                reasons(Map.of("shopper_embedding", new double[] {0, 1.5e-4}, "popularity", new double[] {1, 1e-4},
                        "product_ctr", new double[] {1, -1e-4}), c), "every effect below the CTR threshold");
        assertEquals(List.of("popular in 'Running Shoes' this week"),
                reasons(Map.of("recent_popularity", new double[] {-1, 0.0001}), c));
    }

    @Test
    void aWeakMatchSaysItDoesNotMatchTheQueryAsCloselyAsThoseAbove() {
        List<String> r = reasons(Map.of("brand_affinity", new double[] {1.2, 0.02}), SEARCH.asWeakMatch());
        assertEquals(List.of("the shopper often buys this brand (Stride)",
                "held back: does not match 'running shoes' as closely as the products above it"), r);
    }

    @Test
    void freshnessAndPopularityFollowTheirValues() {
        List<String> r = reasons(Map.of("recent_popularity", new double[] {2, 0.01},
                "product_age", new double[] {-1, 0.01}, "product_ctr", new double[] {-0.5, -0.01}), SEARCH);
        assertTrue(r.contains("popular this week"), r.toString());
        assertTrue(r.contains("new in the shop"), r.toString());
        assertTrue(r.contains("held back: clicked less often than expected where it was shown"), r.toString());
    }
}
