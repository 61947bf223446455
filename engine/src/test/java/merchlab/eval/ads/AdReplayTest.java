package merchlab.eval.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.ads.AdRequest;
import merchlab.ads.AuctionRules;
import merchlab.ads.Campaign;
import merchlab.ads.Surface;
import merchlab.ads.Targeting;
import merchlab.model.calibration.Calibration;
import merchlab.model.calibration.Calibrator;
import merchlab.model.calibration.IsotonicRegression;
import org.junit.jupiter.api.Test;

/**
 * A world small enough to work out by hand: three campaigns target the query "tea", each advertising one product.
 * A (bid 100 cents) is clicked 1% of the time, B (bid 50) 5%, C (bid 30) 2%; one sponsored slot.
 */
class AdReplayTest {
    private static final long DAY = 86_400_000L;
    private static final Map<String, Double> TRUTH = Map.of("A", 0.01, "B", 0.05, "C", 0.02);
    private static final AdOutcomes WORLD = new AdOutcomes() {
        @Override
        public String source() {
            return "truth";
        }

        @Override
        public double clickProbability(AdRequest request, String productId, int slot) {
            return TRUTH.getOrDefault(productId, Double.NaN);
        }
    };

    private static Campaign campaign(String id, String product, long bid, long budget) {
        return new Campaign(id, "brand-" + id, budget, new Targeting(List.of("tea"), List.of()), Map.of(product, bid));
    }

    private static List<AdRequest> requests(int n) {
        List<AdRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new AdRequest("R" + i, DAY * 10 + i * (DAY / n), "u" + i, Surface.SEARCH, "green tea",
                    List.of("X"), List.of("Drinks > Tea"), List.of(1)));
        }
        return out;
    }

    private static AdReplay replay(List<Campaign> campaigns, Map<String, Double> relevance) {
        return new AdReplay(campaigns, WORLD, (r, ad) -> relevance.getOrDefault(ad.productId(), 1.0),
                q -> q.equals("green tea") ? Map.of("B", 0.0, "C", 3.0) : null, product -> 10.0);
    }

    private static final List<Campaign> RICH = List.of(campaign("a", "A", 100, 1_000_000),
            campaign("b", "B", 50, 1_000_000), campaign("c", "C", 30, 1_000_000));

    @Test
    void theTrueClickProbabilitiesEarnMoreThanBidsAlone() {
        PctrSource oracle = new OutcomePctr("oracle", WORLD);
        PctrSource bids = PctrSource.constant("bid-only", 0.03);
        AuctionRules rules = new AuctionRules(5, 0);
        List<ReplayResult> r = replay(RICH, Map.of()).run(requests(100), List.of(
                new AdReplay.Policy(oracle, AdCalibration.none(), rules),
                new AdReplay.Policy(bids, AdCalibration.none(), rules)), CancelToken.none());
        // oracle: B wins (eCPM 2.5 against A's 1.0) and pays 1.0 / 0.05 + 1 = 21 cents per click
        assertEquals(100 * 0.05 * 21 / 100, r.get(0).revenue(), 1e-9);
        assertEquals(5.0, r.get(0).clicks(), 1e-9);
        assertEquals(0.21, r.get(0).costPerClick(), 1e-9);
        // bid-only: A wins (100 against 50) and pays 51 cents, but is rarely clicked
        assertEquals(100 * 0.01 * 51 / 100, r.get(1).revenue(), 1e-9);
        assertEquals(0.01, r.get(1).adCtr(), 1e-12);
        assertEquals(10.0 / 0.21, r.get(0).returnOnSpend(), 1e-9, "sales of 10 per click over 0.21 paid");
        // B is judged irrelevant to "green tea"; A is not judged
        assertEquals(1.0, r.get(0).irrelevantShare());
        assertEquals(0.0, r.get(1).judgedShare());
        assertEquals(List.of("b"), r.get(0).campaigns().stream().map(CampaignResult::campaignId).toList());
    }

    @Test
    void aRelevanceWeightTradesRevenueForRelevantAds() {
        PctrSource oracle = new OutcomePctr("oracle", WORLD);
        Map<String, Double> relevance = Map.of("A", 0.9, "B", 0.1, "C", 1.0);
        List<ReplayResult> r = replay(RICH, relevance).run(requests(50), List.of(
                new AdReplay.Policy(oracle, AdCalibration.none(), new AuctionRules(5, 0)),
                new AdReplay.Policy(oracle, AdCalibration.none(), new AuctionRules(5, 1))), CancelToken.none());
        assertEquals(1.0, r.get(0).irrelevantShare());
        // fully weighted: A 1.0 x 0.9 = 0.9, C 0.6 x 1.0, B 2.5 x 0.1: A wins; not judged, so no irrelevant search
        assertTrue(Double.isNaN(r.get(1).irrelevantShare()), r.get(1).toString());
        assertTrue(r.get(1).revenue() < r.get(0).revenue(), r.toString());
    }

    @Test
    void aCampaignOutOfBudgetStopsBiddingForTheRestOfTheDay() {
        // B may spend 50 cents a day: at 21 cents a click and 5% clicks that lasts about 48 requests of 100
        List<Campaign> campaigns = List.of(campaign("a", "A", 100, 1_000_000), campaign("b", "B", 50, 50),
                campaign("c", "C", 30, 1_000_000));
        ReplayResult r = replay(campaigns, Map.of()).run(requests(100),
                List.of(new AdReplay.Policy(new OutcomePctr("oracle", WORLD), AdCalibration.none(), new AuctionRules(5, 0))),
                CancelToken.none()).get(0);
        CampaignResult b = r.campaigns().stream().filter(c -> c.campaignId().equals("b")).findFirst().orElseThrow();
        assertTrue(b.spend() <= 0.50 + 0.21, "spent " + b.spend());
        assertTrue(b.spend() >= 0.40, "paced, not starved: " + b.spend());
        assertTrue(b.adsShown() < 100, "B shown " + b.adsShown());
        assertEquals(100, r.adsShown(), "A fills the slot when B may not bid");
    }

    @Test
    void calibrationScalesTheEstimateBeforeTheAuction() {
        // a source that squashes every probability to its fourth root, so bids outweigh clicks; isotonic regression
        // fitted on such predictions maps them back
        PctrSource wrong = new PctrSource() {
            @Override
            public String name() {
                return "ranker";
            }

            @Override
            public List<double[]> predict(List<AdRequest> requests, List<List<String>> products, int[] slots) {
                return products.stream().map(p -> p.stream().mapToDouble(id -> Math.pow(TRUTH.get(id), 0.25))
                        .toArray()).toList();
            }
        };
        AuctionRules rules = new AuctionRules(5, 0);
        List<ReplayResult> r = replay(RICH, Map.of()).run(requests(20), List.of(
                new AdReplay.Policy(wrong, AdCalibration.none(), rules),
                new AdReplay.Policy(wrong, everySlot(new IsotonicRegression(
                        new double[] {Math.pow(0.01, 0.25), Math.pow(0.02, 0.25), Math.pow(0.05, 0.25)},
                        new double[] {0.01, 0.02, 0.05})), rules)), CancelToken.none());
        assertEquals(0.01, r.get(0).adCtr(), 1e-12, "uncalibrated: A's bid wins on a squashed pCTR");
        assertEquals(0.05, r.get(1).adCtr(), 1e-12, "calibrated: B's clicks win");
        assertTrue(r.get(1).revenue() > r.get(0).revenue());
    }

    private static AdCalibration everySlot(Calibrator c) {
        return new AdCalibration(new Calibration(c, Double.NaN, Double.NaN, Double.NaN, Double.NaN), Map.of());
    }
}
