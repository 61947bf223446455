package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.sample.click.ClickDrivers;
import merchlab.sample.io.QueryFileReader;
import merchlab.sample.query.QueryIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clicks in the generated log follow the planted click model, including its position bias. */
class ClickModelBehaviourTest {
    @TempDir
    static Path dir;
    static GeneratedShop shop;
    static List<Map<String, String>> impressions;
    static Set<String> clicked = new HashSet<>();

    @BeforeAll
    static void generate() {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(1500).withUsers(400).withDays(10);
        shop = new ShopGenerator().generate(config, dir, GenerationListener.NONE);
        List<Map<String, String>> events = ShopFiles.rows(shop.eventsCsv());
        impressions = events.stream().filter(e -> e.get("event_type").equals("impression")).toList();
        events.stream().filter(e -> e.get("event_type").equals("click"))
                .forEach(e -> clicked.add(e.get("request_id") + "/" + e.get("product_id")));
    }

    private static boolean isClicked(Map<String, String> impression) {
        return clicked.contains(impression.get("request_id") + "/" + impression.get("product_id"));
    }

    @Test
    void clickThroughFallsWithPosition() {
        double[] shown = new double[11];
        double[] clicks = new double[11];
        double[] probability = new double[11];
        for (Map<String, String> i : impressions) {
            int position = Math.min(10, Integer.parseInt(i.get("position")));
            shown[position]++;
            probability[position] += Double.parseDouble(i.get("true_click_probability"));
            clicks[position] += isClicked(i) ? 1 : 0;
        }
        double top = (clicks[1] + clicks[2]) / (shown[1] + shown[2]);
        double bottom = (clicks[8] + clicks[9] + clicks[10]) / (shown[8] + shown[9] + shown[10]);
        assertTrue(top > 2.5 * bottom, "CTR at positions 1-2 " + top + " vs 8-10 " + bottom);
        for (int p = 2; p <= 8; p++) {
            assertTrue(probability[p] / shown[p] < probability[p - 1] / shown[p - 1],
                    "mean true probability does not fall from position " + (p - 1) + " to " + p);
        }
    }

    @Test
    void empiricalClickThroughMatchesTheTrueProbabilities() {
        double expected = 0;
        double variance = 0;
        double observed = 0;
        for (Map<String, String> i : impressions) {
            double p = Double.parseDouble(i.get("true_click_probability"));
            expected += p;
            variance += p * (1 - p);
            observed += isClicked(i) ? 1 : 0;
        }
        assertTrue(impressions.size() > 20_000, "fixture too small: " + impressions.size());
        assertTrue(Math.abs(observed - expected) < 4 * Math.sqrt(variance),
                "clicks " + observed + " vs expected " + expected + " +- " + Math.sqrt(variance));
        assertEquals(shop.clicks(), (long) observed);
    }

    @Test
    void clicksAreCalibratedAcrossProbabilityBands() {
        double[] bounds = {0, 0.02, 0.05, 0.1, 0.2, 1};
        for (int b = 0; b + 1 < bounds.length; b++) {
            double expected = 0;
            double variance = 0;
            double observed = 0;
            for (Map<String, String> i : impressions) {
                double p = Double.parseDouble(i.get("true_click_probability"));
                if (p >= bounds[b] && p < bounds[b + 1]) {
                    expected += p;
                    variance += p * (1 - p);
                    observed += isClicked(i) ? 1 : 0;
                }
            }
            assertTrue(Math.abs(observed - expected) < 4 * Math.sqrt(variance) + 1,
                    "band " + bounds[b] + "-" + bounds[b + 1] + ": " + observed + " clicks vs " + expected);
        }
    }

    @Test
    void theClickModelRecomputesEverySearchImpression() {
        ShopWorld world = ShopWorld.fromTruth(shop.truthJson());
        Map<String, QueryIntent> intents = QueryFileReader.read(shop.queriesCsv(), world.vocabulary());
        Map<String, Map<String, String>> truth = new HashMap<>();
        ShopFiles.rows(shop.impressionTruthCsv())
                .forEach(t -> truth.put(t.get("request_id") + "/" + t.get("product_id"), t));
        int checked = 0;
        for (Map<String, String> i : impressions) {
            if (i.get("query").isEmpty()) {
                continue;
            }
            long at = Instant.parse(i.get("timestamp")).toEpochMilli();
            ClickDrivers d = world.drivers(i.get("user_id"), i.get("product_id"), intents.get(i.get("query")), true,
                    i.get("device"), at, Integer.parseInt(i.get("position")));
            assertEquals(Double.parseDouble(i.get("true_click_probability")), world.clickModel().probability(d),
                    1e-12);
            Map<String, String> t = truth.get(i.get("request_id") + "/" + i.get("product_id"));
            assertEquals(Double.parseDouble(t.get("relevance")), d.relevance(), 1e-6);
            assertEquals(Double.parseDouble(t.get("category_affinity")), d.categoryAffinity(), 1e-6);
            assertEquals(Double.parseDouble(t.get("brand_affinity")), d.brandAffinity(), 1e-6);
            assertEquals(Double.parseDouble(t.get("price_fit")), d.priceFit(), 1e-6);
            assertEquals(Double.parseDouble(t.get("quality")), d.quality(), 1e-6);
            assertEquals(Double.parseDouble(t.get("context")), d.context(), 1e-6);
            checked++;
        }
        assertTrue(checked > 10_000, "checked only " + checked);
    }
}
