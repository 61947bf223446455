package merchlab.ui.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import merchlab.eval.ads.CampaignResult;
import merchlab.ui.AdsShopFixture;
import merchlab.ui.RecordingProblems;
import merchlab.ui.ServiceShopFixture;
import merchlab.ui.TestWorkbench;
import merchlab.ui.chart.Series;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdsViewModelTest {
    /** A keyword of the generated shop's sunscreen campaigns: five ads compete for its two slots. */
    static final String QUERY = "spf";
    private static final long NOW = Instant.parse("2026-03-04T15:30:00Z").toEpochMilli(); // a Wednesday
    @TempDir
    static Path dir;
    static AdsShopFixture shop;
    private final RecordingProblems problems = new RecordingProblems();
    private final TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);

    @BeforeAll
    static void shop() {
        shop = AdsShopFixture.create(dir.resolve("shop"));
        shop.trainRanker();
    }

    private AdsViewModel opened(Workspace ws) {
        AdsViewModel ads = new AdsViewModel(workbench, ServiceShopFixture.services(), () -> NOW);
        workbench.open(ws);
        return ads;
    }

    @Test
    void aWorkspaceWithoutCampaignsSaysSoAndWhatToImport() {
        AdsViewModel ads = opened(AdsShopFixture.withoutCampaigns(dir.resolve("plain")));
        assertEquals(AdsViewModel.State.NO_CAMPAIGNS, ads.stateProperty().get());
        assertTrue(ads.emptyTextProperty().get().contains("no ad campaigns"), ads.emptyTextProperty().get());
        assertTrue(ads.emptyTextProperty().get().contains("import --campaigns FILE"), ads.emptyTextProperty().get());
        ads.queryProperty().set(QUERY);
        assertTrue(ads.rows().isEmpty(), "no auction without campaigns");
        assertFalse(ads.replay().readyProperty().get());
        ads.fixEmpty();
        assertEquals(1, workbench.importRequests, "the import dialog opens");
        ads.close();
    }

    @Test
    void aWorkspaceWithCampaignsButNoRankerSaysToTrainOne() {
        AdsViewModel ads = opened(AdsShopFixture.create(dir.resolve("untrained")).workspace);
        assertEquals(AdsViewModel.State.NO_RANKER, ads.stateProperty().get());
        assertTrue(ads.emptyTextProperty().get().contains("train --model ranker"), ads.emptyTextProperty().get());
        assertFalse(ads.campaigns().isEmpty(), "its campaigns are read");
        ads.fixEmpty();
        assertEquals(List.of("train"), workbench.sectionsShown);
        ads.close();
    }

    @Test
    void theAuctionListsItsWinnersInSlotOrderEachPayingAtMostItsBidAndTheLosersWithTheirReason() {
        AdsViewModel ads = opened(shop.workspace);
        assertEquals(AdsViewModel.State.READY, ads.stateProperty().get());
        assertNotNull(ads.modelProperty().get(), "the newest ranker is chosen");
        ads.queryProperty().set(QUERY);
        List<AuctionRow> rows = ads.rows();
        assertEquals(ads.decisionProperty().get().result().ranking().size(), rows.size(), ads.messageProperty().get());
        List<AuctionRow> winners = rows.stream().filter(AuctionRow::won).toList();
        assertEquals(List.of(1, 4), winners.stream().map(AuctionRow::slot).toList(), "both slots are filled");
        assertTrue(rows.size() > winners.size(), "some ads lost: " + rows);
        for (AuctionRow w : winners) {
            assertTrue(w.priceCents() <= w.bidCents(), "price above the bid: " + w);
            assertTrue(w.priceCents() >= 5, "price below the reserve: " + w);
            assertTrue(w.reason().startsWith("slot " + w.slot() + ": " + w.productId()), w.reason());
            assertFalse(Double.isNaN(w.rawPctr()), "the raw pCTR is shown: " + w);
            assertFalse(w.title().equals(w.productId()), "the product's title is shown");
        }
        assertEquals(rows.subList(0, 2), winners, "winners first");
        AuctionRow lost = rows.get(rows.size() - 1);
        assertTrue(lost.reason().startsWith("lost: "), lost.reason());
        assertTrue(ads.headlineProperty().get().startsWith("Search \"spf\" by an anonymous visitor"),
                ads.headlineProperty().get());

        assertEquals(winners.get(0), ads.selectedProperty().get(), "the first slot's ad is explained");
        assertFalse(ads.why().isEmpty(), "the winner's pCTR by feature group");
        assertTrue(ads.whyNoteProperty().get().startsWith("Why " + winners.get(0).productId()));
        assertTrue(ads.whyNoteProperty().get().contains(winners.get(0).reason()), "the whole reason, untruncated");
        ads.selectedProperty().set(lost);
        assertTrue(ads.why().isEmpty());
        assertTrue(ads.whyNoteProperty().get().contains("won no slot"), ads.whyNoteProperty().get());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
        ads.close();
    }

    @Test
    void aLargeWhatIfBidMovesTheCampaignsAdToTheFirstSlot() {
        AdsViewModel ads = opened(shop.workspace);
        ads.queryProperty().set(QUERY);
        AuctionRow first = ads.rows().get(0);
        AuctionRow other = ads.rows().stream().filter(r -> !r.campaignId().equals(first.campaignId()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("one campaign only: " + ads.rows()));
        CampaignChoice campaign = ads.campaigns().stream().filter(c -> c.id().equals(other.campaignId())).findFirst()
                .orElseThrow();
        ads.whatIfCampaignProperty().set(campaign);
        ads.whatIfBidProperty().set("50");
        AuctionRow now = ads.rows().get(0);
        assertEquals(1, now.slot());
        assertEquals(other.campaignId(), now.campaignId(), "the what-if campaign wins the first slot: " + ads.rows());
        assertEquals(5000, now.bidCents());
        assertTrue(now.priceCents() <= 5000, now.toString());
        ads.whatIfBidProperty().set("");
        assertEquals(first, ads.rows().get(0), "its own bids again");
        ads.close();
    }

    @Test
    void aShoppersRecommendationListHasItsOwnAuction() {
        AdsViewModel ads = opened(shop.workspace);
        assertFalse(ads.shoppers().isEmpty());
        assertTrue(ads.messageProperty().get().startsWith("Type a query, or pick a shopper"),
                ads.messageProperty().get());
        String shopper = ads.shoppers().get(0);
        ads.shopperProperty().set(shopper);
        assertTrue(ads.headlineProperty().get().startsWith("Recommendations for " + shopper),
                ads.headlineProperty().get() + " / " + ads.messageProperty().get());
        assertFalse(ads.rows().isEmpty());
        ads.close();
    }

    @Test
    void badRulesAreSaidInWordsAndRunNothing() {
        AdsViewModel ads = opened(shop.workspace);
        ads.queryProperty().set(QUERY);
        List<AuctionRow> before = List.copyOf(ads.rows());
        ads.reserveProperty().set("five");
        assertTrue(ads.messageProperty().get().contains("'five' is not an amount"), ads.messageProperty().get());
        ads.reserveProperty().set("0.05");
        ads.relevanceWeightProperty().set("2");
        assertTrue(ads.messageProperty().get().contains("within 0 to 1"), ads.messageProperty().get());
        assertEquals(before, ads.rows(), "the last auction stays");
        ads.relevanceWeightProperty().set("1");
        assertTrue(ads.rows().stream().anyMatch(r -> r.relevance() != 1.0), "relevance counts now");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
        ads.close();
    }

    @Test
    void theReplayWithTheTruthFileComparesTheRankerWithTheOracleAndBidsAlone() {
        AdsViewModel ads = opened(shop.workspace);
        ReplayViewModel replay = ads.replay();
        replay.truthFileProperty().set(shop.truth);
        replay.replay();
        assertNotNull(replay.reportProperty().get(), replay.messageProperty().get());
        List<String> sources = replay.results().stream().map(ReplayRow::source).toList();
        assertTrue(sources.get(0).startsWith("ranker, calibrated ("), sources.toString());
        assertEquals("ranker, uncalibrated", sources.get(1));
        assertTrue(sources.contains("oracle") && sources.contains("bid-only"), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("popularity")), sources.toString());
        ReplayRow oracle = replay.results().get(sources.indexOf("oracle"));
        assertTrue(oracle.result().revenue() > 0, "the oracle earns");
        assertFalse(Double.isNaN(oracle.ece()));
        assertTrue(Double.isNaN(replay.results().get(sources.indexOf("bid-only")).ece()), "bid-only predicts nothing");
        assertEquals(replay.results().get(0), replay.selectedProperty().get());
        assertFalse(replay.campaigns().isEmpty(), "the campaigns' spend under the calibrated ranker");
        double spent = replay.campaigns().stream().mapToDouble(CampaignResult::spend).sum();
        assertEquals(replay.results().get(0).result().revenue(), spent, 1e-6, "the campaigns pay the revenue");
        assertTrue(replay.messageProperty().get().contains("generator's truth"), replay.messageProperty().get());

        List<Series> tradeoff = ReplayCurves.tradeoff(replay.reportProperty().get());
        assertEquals(3, tradeoff.size(), "a curve per reserve: " + tradeoff);
        assertTrue(tradeoff.stream().allMatch(s -> s.size() > 0));
        assertEquals(List.of("ranker", "oracle", "popularity"), replay.sources());
        assertEquals("ranker", replay.calibrationSourceProperty().get());
        List<Series> reliability = ReplayCurves.reliability(replay.reportProperty().get(), "oracle");
        assertTrue(reliability.stream().anyMatch(s -> s.name().equals("slot 1 before")), reliability.toString());
        assertEquals("perfect", reliability.get(reliability.size() - 1).name());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
        ads.close();
    }

    @Test
    void withoutTruthTheCalibratedRankerStandsInAndThereIsNoOracle() {
        AdsViewModel ads = opened(shop.workspace);
        ads.replay().replay();
        List<String> sources = ads.replay().results().stream().map(ReplayRow::source).toList();
        assertFalse(sources.isEmpty(), ads.replay().messageProperty().get());
        assertFalse(sources.contains("oracle"), sources.toString());
        assertTrue(ads.replay().messageProperty().get().contains("calibrated ranker"));
        ads.close();
    }

    @Test
    void aVisitsHourAndWeekdayAreTheLatestSuchMomentUpToNow() {
        ZonedDateTime at = Instant.ofEpochMilli(AdsViewModel.timestamp(NOW, 9, 1)).atZone(ZoneOffset.UTC);
        assertEquals("2026-03-02T09:00Z", at.toString(), "Monday 09:00 before Wednesday 15:30");
        assertEquals(Instant.parse("2026-03-03T20:00:00Z").toEpochMilli(), AdsViewModel.timestamp(NOW, 20, null));
        assertEquals(NOW, AdsViewModel.timestamp(NOW, null, null));
        assertEquals(Instant.parse("2026-03-04T15:00:00Z").toEpochMilli(), AdsViewModel.timestamp(NOW, 15, 3));
    }
}
