package merchlab.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The auction's rules, each checked over many seeded random auctions. */
class AuctionRulesTest {

    @Test
    void priceIsNeverAboveTheBidNorBelowTheReserve() {
        int awards = 0;
        for (long seed = 0; seed < AuctionCases.CASES; seed++) {
            AuctionCases.Case c = AuctionCases.random(seed);
            for (SlotAward a : c.run().awards()) {
                awards++;
                assertTrue(a.priceCents() <= a.winner().bidCents(), "seed " + seed + ": " + a.explanation());
                assertTrue(a.priceCents() >= c.rules().reserveCents(), "seed " + seed + ": " + a.explanation());
            }
        }
        assertTrue(awards > AuctionCases.CASES, "the cases fill slots: " + awards);
    }

    @Test
    void theWinnerPaysTheSmallestWholeCentBidThatKeepsItsSlot() {
        int checked = 0;
        for (long seed = 0; seed < AuctionCases.CASES; seed++) {
            AuctionCases.Case c = AuctionCases.random(seed);
            for (SlotAward a : c.run().awards()) {
                if (a.runnerUp() == null || a.priceCents() == a.winner().bidCents()
                        || a.priceCents() == c.rules().reserveCents()) {
                    continue;
                }
                RankedAd w = a.winner();
                double perCent = w.ecpm() / w.bidCents();
                assertTrue(perCent * a.priceCents() > a.runnerUp().ecpm(), "seed " + seed + ": the price keeps the slot");
                assertFalse(perCent * (a.priceCents() - 1) > a.runnerUp().ecpm(),
                        "seed " + seed + ": one cent less would also keep it, so the price is too high");
                checked++;
            }
        }
        assertTrue(checked > 50, "second prices between reserve and bid: " + checked);
    }

    @Test
    void raisingOneBidNeverLowersThatAdsSlot() {
        Random r = new Random(7);
        int raised = 0;
        for (long seed = 0; seed < AuctionCases.CASES; seed++) {
            AuctionCases.Case c = AuctionCases.random(seed);
            List<RankedAd> before = c.run().ranking();
            for (int i = 0; i < before.size(); i++) {
                RankedAd ad = before.get(i);
                long higher = ad.bidCents() + 1 + r.nextInt(400);
                List<RankedAd> after = c.withBid(ad.campaignId(), ad.productId(), higher).run().ranking();
                int rankAfter = indexOf(after, ad);
                assertTrue(rankAfter >= 0 && rankAfter <= i, "seed " + seed + ": " + ad.campaignId() + "/"
                        + ad.productId() + " went from place " + i + " to " + rankAfter + " by bidding " + higher);
                raised++;
            }
        }
        assertTrue(raised > AuctionCases.CASES);
    }

    @Test
    void oneEligibleAdPaysTheReserve() {
        for (long seed = 0; seed < AuctionCases.CASES; seed++) {
            Random r = new Random(seed);
            long reserve = 1 + r.nextInt(40);
            long bid = reserve + r.nextInt(300);
            Campaign only = new Campaign("C1", "Northwind", 5_000, Targeting.everywhere(), Map.of("P1", bid));
            AdRequest request = new AdRequest("R1", 0, null, Surface.RECOMMENDATION, null, List.of(), List.of(),
                    List.of(1, 4));
            AuctionResult result = new Auction(ClickEstimate.constant(0.001 + r.nextDouble() * 0.3),
                    new AuctionRules(reserve, 0)).run(request, List.of(only));
            assertEquals(1, result.awards().size());
            assertEquals(reserve, result.awards().get(0).priceCents());
            assertNull(result.awards().get(0).runnerUp());
        }
    }

    @Test
    void tiesAreBrokenByCampaignIdThenProductIdWhateverTheInputOrder() {
        List<Campaign> campaigns = new ArrayList<>();
        for (String id : List.of("C3", "C1", "C2")) {
            campaigns.add(new Campaign(id, "a", 1_000, Targeting.everywhere(), Map.of(id + "-B", 40L, id + "-A", 40L)));
        }
        AdRequest request = new AdRequest("R1", 0, null, Surface.SEARCH, "tee", List.of(), List.of(),
                List.of(1, 2, 3));
        Auction auction = new Auction(ClickEstimate.constant(0.1), AuctionRules.defaults());
        List<String> expected = List.of("C1-A", "C2-A", "C3-A");
        Random r = new Random(3);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(campaigns, r);
            List<String> shown = auction.run(request, campaigns).awards().stream()
                    .map(a -> a.winner().productId()).toList();
            assertEquals(expected, shown);
        }
    }

    @Test
    void randomCasesGiveTheSameResultInAnyCampaignOrder() {
        for (long seed = 0; seed < 100; seed++) {
            AuctionCases.Case c = AuctionCases.random(seed);
            List<Campaign> shuffled = new ArrayList<>(c.campaigns());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(c.run(), c.auction().run(c.request(), shuffled), "seed " + seed);
        }
    }

    @Test
    void budgetsAreNeverOverspentByMoreThanOneClicksPrice() {
        Random r = new Random(11);
        List<Campaign> campaigns = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            campaigns.add(new Campaign("C" + c, "a" + c, 200 + r.nextInt(3_000), Targeting.everywhere(),
                    Map.of("P" + c, 20L + r.nextInt(200), "Q" + c, 20L + r.nextInt(200))));
        }
        BudgetPacer pacer = BudgetPacer.evenly();
        Auction auction = new Auction((req, ad) -> PredictedClick.of(0.05 + 0.01 * (ad.productId().hashCode() & 7)),
                new AuctionRules(10, 0));
        long[] maxPrice = new long[campaigns.size()];
        long day = 86_400_000L;
        for (int i = 0; i < 20_000; i++) {
            long t = 3 * day + i * (2 * day / 20_000);
            AdRequest request = new AdRequest("R" + i, t, null, Surface.RECOMMENDATION, null, List.of(), List.of(),
                    List.of(1, 4));
            for (SlotAward a : auction.run(request, pacer.active(campaigns, t)).awards()) {
                if (r.nextDouble() < 0.3) {
                    pacer.charge(a.winner().campaignId(), t, a.priceCents());
                    int c = Integer.parseInt(a.winner().campaignId().substring(1));
                    maxPrice[c] = Math.max(maxPrice[c], a.priceCents());
                }
            }
            if ((i + 1) % 10_000 == 0) {
                for (int c = 0; c < campaigns.size(); c++) {
                    long spent = pacer.spent("C" + c, t);
                    long budget = campaigns.get(c).dailyBudgetCents();
                    assertTrue(spent <= budget + maxPrice[c], "C" + c + " spent " + spent + " of " + budget);
                    assertTrue(spent > budget / 2, "C" + c + " spent only " + spent + " of " + budget);
                }
            }
        }
    }

    private static int indexOf(List<RankedAd> ranking, RankedAd ad) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).campaignId().equals(ad.campaignId()) && ranking.get(i).productId().equals(ad.productId())) {
                return i;
            }
        }
        return -1;
    }
}
