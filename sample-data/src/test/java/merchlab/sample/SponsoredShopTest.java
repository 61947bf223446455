package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.ads.AdRequest;
import merchlab.ads.Campaign;
import merchlab.ads.LoggedAd;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.sample.ads.AdPolicy;
import merchlab.sample.ads.AdSlots;
import merchlab.sample.click.ClickWeights;
import merchlab.store.CampaignStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated shop with sponsored slots: where ads sit, what they cost, how often they are clicked, and its import. */
class SponsoredShopTest {
    private static final ShopConfig CONFIG = ShopConfig.of(ShopSize.SMALL).withProducts(800).withUsers(200).withDays(8)
            .withFormats(java.util.EnumSet.of(OutputFormat.GA4))
            .withAds(new AdSlots(List.of(1, 4), List.of(2)));
    @TempDir
    static Path dir;
    private static List<Map<String, String>> ads;

    @BeforeAll
    static void generate() {
        new ShopGenerator().generate(CONFIG, dir, GenerationListener.NONE);
        ads = ShopFiles.rows(dir.resolve(GeneratedShop.EVENTS_CSV)).stream()
                .filter(r -> r.get("sponsored").equals("1")).toList();
    }

    private static List<Map<String, String>> ofType(String type) {
        return ads.stream().filter(r -> r.get("event_type").equals(type)).toList();
    }

    @Test
    void sponsoredImpressionsSitAtTheConfiguredSlots() {
        List<Map<String, String>> impressions = ofType("impression");
        assertTrue(impressions.size() > 500, "sponsored impressions: " + impressions.size());
        Set<String> searchPositions = new HashSet<>();
        Set<String> recommendationPositions = new HashSet<>();
        for (Map<String, String> r : impressions) {
            (r.get("query").isEmpty() ? recommendationPositions : searchPositions).add(r.get("position"));
            assertFalse(r.get("campaign_id").isEmpty());
        }
        assertEquals(Set.of("1", "4"), searchPositions);
        assertEquals(Set.of("2"), recommendationPositions);
    }

    @Test
    void aClickCostsAtMostItsBidAndAtLeastTheReserve() {
        List<Map<String, String>> clicks = ofType("click");
        assertTrue(clicks.size() > 20, "sponsored clicks: " + clicks.size());
        for (Map<String, String> c : clicks) {
            double paid = Double.parseDouble(c.get("price_paid"));
            assertTrue(paid <= Double.parseDouble(c.get("bid")) + 1e-9, c.toString());
            assertTrue(paid >= AdPolicy.RESERVE_CENTS / 100.0 - 1e-9, c.toString());
        }
    }

    @Test
    void adClickThroughAgreesWithTheTrueClickProbabilities() {
        double expected = 0;
        double variance = 0;
        for (Map<String, String> r : ofType("impression")) {
            double p = Double.parseDouble(r.get("true_click_probability"));
            expected += p;
            variance += p * (1 - p);
        }
        int clicks = ofType("click").size();
        assertTrue(Math.abs(clicks - expected) < 4 * Math.sqrt(variance),
                "clicks " + clicks + " against " + expected + " expected");
    }

    @Test
    void everyShownAdHasItsPositionFreeTruthInAdTruth() {
        Map<String, Double> truth = new HashMap<>();
        for (String[] r : ShopFiles.columns(dir.resolve(GeneratedShop.AD_TRUTH_CSV), "request_id", "product_id",
                "click_probability")) {
            truth.put(r[0] + "/" + r[1], Double.parseDouble(r[2]));
        }
        double eta = ClickWeights.standard().examinationEta();
        for (Map<String, String> r : ofType("impression")) {
            Double free = truth.get(r.get("request_id") + "/" + r.get("product_id"));
            assertTrue(free != null, "no truth for " + r);
            double atSlot = free * StrictMath.pow(Integer.parseInt(r.get("position")), -eta);
            assertEquals(atSlot, Double.parseDouble(r.get("true_click_probability")), 2e-9, r.toString());
        }
        assertTrue(truth.size() > ofType("impression").size(), "the truth covers ads not shown too");
    }

    @Test
    void theTruthFileNamesTheSlotsSoTheWorldIsRebuiltWithThem() {
        assertEquals(CONFIG.ads(), ShopWorld.fromTruth(dir.resolve(GeneratedShop.TRUTH_JSON)).config().ads());
    }

    @Test
    void ga4ItemsOfAdsCarryThePromotionFields() throws IOException {
        long promoted = Files.readAllLines(dir.resolve(GeneratedShop.GA4_JSONL)).stream()
                .mapToLong(line -> line.split("\"promotion_id\"", -1).length - 1).sum();
        assertEquals(ads.size(), promoted);
    }

    @Test
    void theShopImportsWithEveryCampaignAndAdAndTheReplayReadsItsRequestsBack() {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(ws);
        for (var file : List.of(Map.entry(GeneratedShop.PRODUCTS_CSV, DataKind.CATALOG),
                Map.entry(GeneratedShop.CAMPAIGNS_CSV, DataKind.CAMPAIGNS),
                Map.entry(GeneratedShop.EVENTS_CSV, DataKind.EVENTS))) {
            ImportReport r = imports.run(ImportRequest.of(dir.resolve(file.getKey()), file.getValue()),
                    ImportListener.NONE, CancelToken.none());
            assertEquals(0, r.rejected(), file.getKey() + ": " + r.rejections());
        }
        CampaignStore store = new CampaignStore(ws);
        List<Campaign> campaigns = store.campaigns();
        long bidRows = ShopFiles.rows(dir.resolve(GeneratedShop.CAMPAIGNS_CSV)).size();
        assertEquals(bidRows, campaigns.stream().mapToLong(c -> c.bidCents().size()).sum());
        List<LoggedAd> logged = store.loggedAds(Long.MIN_VALUE, Long.MAX_VALUE);
        assertEquals(ofType("impression").size(), logged.size());
        assertEquals(ofType("click").size(), logged.stream().filter(LoggedAd::clicked).count());
        Map<String, AdRequest> requests = new HashMap<>();
        store.adRequests(Long.MIN_VALUE, Long.MAX_VALUE).forEach(r -> requests.put(r.requestId(), r));
        for (LoggedAd ad : logged) {
            AdRequest r = requests.get(ad.requestId());
            assertTrue(r != null && r.slots().contains(ad.position()), ad + " in " + r);
            assertFalse(r.organicProducts().contains(ad.productId()), "an ad repeats no organic product");
        }
    }
}
