package merchlab.ads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random auctions for the rule tests: campaigns that share products, random bids, pCTRs and relevance. */
final class AuctionCases {
    static final int CASES = 400;

    private AuctionCases() {
    }

    /** One random auction: its request, campaigns, click estimate, relevance and rules. */
    record Case(AdRequest request, List<Campaign> campaigns, Map<String, Double> pctr, Map<String, Double> relevance,
                AuctionRules rules) {

        Auction auction() {
            return new Auction((r, ad) -> PredictedClick.of(pctr.get(key(ad))),
                    (r, ad) -> relevance.get(key(ad)), rules);
        }

        AuctionResult run() {
            return auction().run(request, campaigns);
        }

        /** The same case with one campaign's bid on one product replaced. */
        Case withBid(String campaignId, String productId, long bid) {
            List<Campaign> changed = new ArrayList<>();
            for (Campaign c : campaigns) {
                if (c.id().equals(campaignId)) {
                    Map<String, Long> bids = new HashMap<>(c.bidCents());
                    bids.put(productId, bid);
                    c = new Campaign(c.id(), c.advertiser(), c.dailyBudgetCents(), c.targeting(), bids);
                }
                changed.add(c);
            }
            return new Case(request, changed, pctr, relevance, rules);
        }
    }

    static String key(AdCandidate ad) {
        return ad.campaignId() + "/" + ad.productId();
    }

    static Case random(long seed) {
        Random r = new Random(seed);
        int campaigns = 1 + r.nextInt(8);
        List<Campaign> list = new ArrayList<>();
        Map<String, Double> pctr = new HashMap<>();
        Map<String, Double> relevance = new HashMap<>();
        for (int c = 0; c < campaigns; c++) {
            String id = "C" + (char) ('A' + r.nextInt(26)) + c;
            Map<String, Long> bids = new LinkedHashMap<>();
            int products = 1 + r.nextInt(4);
            for (int p = 0; p < products; p++) {
                String product = "P" + r.nextInt(10);
                bids.put(product, 1L + r.nextInt(r.nextBoolean() ? 60 : 500));
                // a few exact ties of pCTR and bid across campaigns
                pctr.put(id + "/" + product, r.nextInt(5) == 0 ? 0.05 : 0.001 + 0.2 * r.nextDouble());
                relevance.put(id + "/" + product, r.nextDouble());
            }
            list.add(new Campaign(id, "advertiser " + c, 10_000, Targeting.everywhere(), bids));
        }
        List<Integer> slots = r.nextBoolean() ? List.of(1, 4) : List.of(1, 3, 6);
        double weight = new double[] {0, 0, 0.3, 1}[r.nextInt(4)];
        AuctionRules rules = new AuctionRules(1 + r.nextInt(30), weight);
        AdRequest request = new AdRequest("R" + seed, 0, "U1", Surface.SEARCH, "running shoes", List.of("P9"),
                List.of("Shoes > Running"), slots);
        return new Case(request, list, pctr, relevance, rules);
    }
}
