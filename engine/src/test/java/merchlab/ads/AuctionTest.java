package merchlab.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auction on small hand-computed cases. */
class AuctionTest {
    private static final AdRequest SEARCH = new AdRequest("R1", 0, "U1", Surface.SEARCH, "trail running shoes",
            List.of("SH-1", "SH-2"), List.of("Shoes > Running"), List.of(1, 4));
    private static final Map<String, Double> PCTR = Map.of("SH-3", 0.10, "SH-4", 0.05, "SH-5", 0.02, "SH-1", 0.5);

    private static Campaign campaign(String id, String product, long bid) {
        return new Campaign(id, "brand " + id, 10_000, Targeting.everywhere(), Map.of(product, bid));
    }

    private static Auction auction(AuctionRules rules) {
        return new Auction((r, ad) -> PredictedClick.of(PCTR.get(ad.productId())),
                (r, ad) -> ad.productId().equals("SH-5") ? 1.0 : 0.2, rules);
    }

    @Test
    void ranksByEcpmAndChargesTheNextEcpmOverOwnPctrPlusOneCent() {
        // eCPM: SH-3 0.10 x 40 = 4.0; SH-4 0.05 x 100 = 5.0; SH-5 0.02 x 150 = 3.0 cents per view
        List<Campaign> campaigns = List.of(campaign("A", "SH-3", 40), campaign("B", "SH-4", 100),
                campaign("C", "SH-5", 150));
        AuctionResult result = auction(new AuctionRules(5, 0)).run(SEARCH, campaigns);
        assertEquals(2, result.awards().size());
        SlotAward first = result.award(1);
        assertEquals("SH-4", first.winner().productId());
        assertEquals(5.0, first.winner().ecpm(), 1e-12);
        assertEquals(81, first.priceCents(), "4.0 / 0.05 = 80 cents, plus one");
        SlotAward fourth = result.award(4);
        assertEquals("SH-3", fourth.winner().productId());
        assertEquals(31, fourth.priceCents(), "3.0 / 0.10 = 30 cents, plus one");
        assertEquals("SH-5", fourth.runnerUp().productId());
        assertEquals(3, result.ranking().size());
    }

    @Test
    void relevanceWeightScalesTheRankScoreAndThePrice() {
        // factor = 0.5 + 0.5 relevance: SH-3 4.0 x 0.6 = 2.4; SH-4 5.0 x 0.6 = 3.0; SH-5 3.0 x 1.0 = 3.0
        List<Campaign> campaigns = List.of(campaign("A", "SH-3", 40), campaign("B", "SH-4", 100),
                campaign("C", "SH-5", 150));
        AuctionResult result = auction(new AuctionRules(5, 0.5)).run(SEARCH, campaigns);
        assertEquals("SH-4", result.award(1).winner().productId(), "a tie at 3.0 goes to campaign B before C");
        assertEquals(100, result.award(1).priceCents(), "3.0 / (0.05 x 0.6) = 100 cents, plus one, capped at the bid");
        assertEquals("SH-5", result.award(4).winner().productId());
        assertEquals(121, result.award(4).priceCents(), "2.4 / (0.02 x 1.0) = 120 cents, plus one");
    }

    @Test
    void leavesOutOrganicProductsBidsUnderTheReserveAndUntargetedCampaigns() {
        Campaign organic = campaign("A", "SH-1", 500);
        Campaign cheap = campaign("B", "SH-3", 4);
        Campaign elsewhere = new Campaign("C", "c", 1_000, new Targeting(List.of("yoga mat"), List.of("Sports > Yoga")),
                Map.of("SH-4", 90L));
        Campaign fit = new Campaign("D", "d", 1_000, new Targeting(List.of("running shoes"), List.of()),
                Map.of("SH-5", 30L));
        AuctionResult result = auction(new AuctionRules(5, 0)).run(SEARCH, List.of(organic, cheap, elsewhere, fit));
        assertEquals(1, result.awards().size());
        assertEquals("SH-5", result.award(1).winner().productId());
        assertEquals(5, result.award(1).priceCents());
        assertNull(result.award(4));
    }

    @Test
    void aCampaignShowsOneAdAndAProductAppearsOnce() {
        Campaign brand = new Campaign("A", "Fleetfoot", 1_000, Targeting.everywhere(),
                Map.of("SH-3", 100L, "SH-4", 100L));
        Campaign seller = campaign("B", "SH-3", 90);
        Campaign other = campaign("C", "SH-5", 60);
        AuctionResult result = auction(new AuctionRules(5, 0)).run(SEARCH, List.of(brand, seller, other));
        assertEquals(List.of("A/SH-3", "C/SH-5"), result.ranking().stream()
                .map(a -> a.campaignId() + "/" + a.productId()).toList());
    }

    @Test
    void explainsTheDecisionWithPctrBidEcpmPriceAndRunnerUp() {
        AuctionResult result = auction(new AuctionRules(5, 0)).run(SEARCH,
                List.of(campaign("A", "SH-3", 40), campaign("B", "SH-4", 100)));
        String text = result.award(1).explanation();
        assertTrue(text.contains("pCTR 5.00% x bid 1.00 = eCPM 50.00"), text);
        assertTrue(text.contains("runner-up SH-3 of campaign A at eCPM 40.00: a click costs 0.81"), text);
        assertTrue(result.award(4).explanation().contains("no other ad: a click costs the reserve, 0.05"),
                result.award(4).explanation());
    }
}
