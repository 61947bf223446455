package merchlab.importer;

import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.load;
import static merchlab.importer.RejectionTexts.withoutText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.ads.AdRequest;
import merchlab.ads.Campaign;
import merchlab.ads.LoggedAd;
import merchlab.ads.Surface;
import merchlab.store.CampaignStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns and ad events: what lands, what is rejected with which reason, and what the campaign store reads back. */
class SponsoredImportTest {
    private static final String CAMPAIGNS = """
            campaign_id,advertiser,daily_budget,product_id,bid,keywords,categories
            C1,Fleetfoot,20.00,SH-1,0.45,running shoes|trail,Shoes > Running
            C1,Fleetfoot,20.00,SH-2,0.60,running shoes|trail,Shoes > Running
            C2,Shoe Seller,5.00,SH-3,,,Shoes
            C2,Shoe Seller,5.00,SH-3,-0.20,,Shoes
            C3,Rich,8.00,SH-4,250.00,,
            C4,Nobody,0,SH-5,0.30,,
            C5,Nobody,-3,SH-5,0.30,,
            C6,Seller 6,4.50,SH-6,0.25,,Shoes
            """;
    private static final String EVENTS = """
            timestamp,user_id,session_id,event_type,product_id,query,position,request_id,sponsored,campaign_id,bid,price_paid
            2024-03-01T10:00:00Z,u1,s1,search,,trail running shoes,,r1,,,,
            2024-03-01T10:00:01Z,u1,s1,impression,SH-1,trail running shoes,1,r1,1,C1,0.45,
            2024-03-01T10:00:01Z,u1,s1,impression,SH-9,trail running shoes,2,r1,,,,
            2024-03-01T10:00:01Z,u1,s1,impression,SH-8,trail running shoes,3,r1,,,,
            2024-03-01T10:00:01Z,u1,s1,impression,SH-6,trail running shoes,4,r1,1,C6,0.25,
            2024-03-01T10:00:01Z,u1,s1,impression,SH-7,trail running shoes,5,r1,0,,,
            2024-03-01T10:00:05Z,u1,s1,click,SH-1,trail running shoes,1,r1,1,C1,0.45,0.31
            2024-03-01T11:00:01Z,u2,s2,impression,SH-9,,1,r2,,,,
            2024-03-01T11:00:01Z,u2,s2,impression,SH-3,,2,r2,1,C9,0.40,
            2024-03-01T11:00:05Z,u2,s2,add_to_cart,SH-9,,,r2,1,C1,,
            2024-03-01T11:00:05Z,u2,s2,click,SH-1,,1,r2,1,C1,-0.5,
            2024-03-01T12:00:01Z,u3,s3,impression,SH-2,,1,r3,,,,
            """;

    @TempDir
    Path dir;

    private Workspace withCampaigns() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        Path file = dir.resolve("campaigns.csv");
        Files.writeString(file, CAMPAIGNS);
        ImportReport r = load(ws, file, DataKind.CAMPAIGNS);
        assertEquals("campaigns-csv", r.format());
        assertEquals(3, r.accepted());
        assertEquals(List.of(
                new Rejection("campaigns.csv", 4, "campaign C2 has no bid for SH-3"),
                new Rejection("campaigns.csv", 5, "campaign C2: the bid for SH-3 is -0.20; a bid must be positive"),
                new Rejection("campaigns.csv", 6, "campaign C3: the bid for SH-4 is 250, above the cap of 100 a click"
                        + " (--max-bid)"),
                new Rejection("campaigns.csv", 7, "campaign C4: the daily budget is 0; it must be positive"),
                new Rejection("campaigns.csv", 8, "campaign C5: the daily budget is -3; it must be positive")),
                withoutText(r.rejections()));
        return ws;
    }

    @Test
    void campaignsLandWithBidsAndTargetingAndBadRowsAreRejectedWithTheirReason() throws Exception {
        Workspace ws = withCampaigns();
        List<Campaign> campaigns = new CampaignStore(ws).campaigns();
        assertEquals(List.of("C1", "C6"), campaigns.stream().map(Campaign::id).toList());
        Campaign c1 = campaigns.get(0);
        assertEquals("Fleetfoot", c1.advertiser());
        assertEquals(2_000, c1.dailyBudgetCents());
        assertEquals(Map.of("SH-1", 45L, "SH-2", 60L), c1.bidCents());
        assertEquals(List.of("running shoes", "trail"), c1.targeting().keywords());
        assertEquals(List.of("Shoes > Running"), c1.targeting().categories());
    }

    @Test
    void aCampaignsFileIsKnownByItsHeaderAndALogWithAdColumnsStaysALog() throws Exception {
        Path campaigns = dir.resolve("spend.csv");
        Files.writeString(campaigns, CAMPAIGNS);
        Path log = dir.resolve("log.csv");
        Files.writeString(log, EVENTS.replace("event_type", "type"));
        assertEquals(java.util.Optional.of(DataKind.CAMPAIGNS), ImportService.kindOf(campaigns));
        assertEquals(java.util.Optional.of(DataKind.EVENTS), ImportService.kindOf(log));
    }

    @Test
    void aHigherCapLetsTheAbsurdBidIn() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        Path file = dir.resolve("campaigns.csv");
        Files.writeString(file, CAMPAIGNS);
        ImportReport r = new ImportService(ws, ImportSettings.defaults().withMaxBid(500))
                .run(ImportRequest.of(file, DataKind.CAMPAIGNS), ImportListener.NONE, CancelToken.none());
        assertEquals(4, r.accepted());
        assertEquals(List.of("C1", "C3", "C6"), new CampaignStore(ws).campaigns().stream().map(Campaign::id).toList());
    }

    @Test
    void adEventsLandWithTheirFieldsAndThoseOfUnknownCampaignsAreRejected() throws Exception {
        Workspace ws = withCampaigns();
        Path file = dir.resolve("events.csv");
        Files.writeString(file, EVENTS);
        ImportReport r = load(ws, file, DataKind.EVENTS);
        assertEquals(List.of(
                new Rejection("events.csv", 10, "campaign 'C9' is not in the workspace: import the campaigns first"
                        + " (--campaigns)"),
                new Rejection("events.csv", 11, "only impressions and clicks can be sponsored, not add_to_cart"),
                new Rejection("events.csv", 12, "bid -0.5 is negative")), withoutText(r.rejections()));
        assertEquals(9, r.accepted());
        assertEquals(List.of("click|SH-1|C1|0.45|0.31", "impression|SH-1|C1|0.45|", "impression|SH-6|C6|0.25|"),
                column(ws, "SELECT type || '|' || product_id || '|' || campaign_id || '|' || bid || '|' "
                        + "|| coalesce(price_paid, '') FROM events WHERE sponsored = 1 ORDER BY 1"));
        assertEquals(List.of("0"), column(ws, "SELECT count(*) FROM events WHERE product_id = 'SH-7' AND sponsored"
                + " IS NOT NULL"));

        CampaignStore store = new CampaignStore(ws);
        assertEquals(Map.of(Surface.SEARCH, List.of(1, 4)), store.slots());
        List<AdRequest> requests = store.adRequests(Long.MIN_VALUE, Long.MAX_VALUE);
        assertEquals(1, requests.size(), "r2 and r3 are recommendation lists, a surface without ads here");
        AdRequest r1 = requests.get(0);
        assertEquals("r1", r1.requestId());
        assertEquals(Surface.SEARCH, r1.surface());
        assertEquals("trail running shoes", r1.query());
        assertEquals(List.of("SH-9", "SH-8", "SH-7"), r1.organicProducts());
        assertEquals(List.of(1, 4), r1.slots());
        List<LoggedAd> ads = store.loggedAds(Long.MIN_VALUE, Long.MAX_VALUE);
        assertEquals(2, ads.size());
        assertEquals(new LoggedAd("r1", r1.timestamp(), 1, "C1", "SH-1", 0.45, true, 0.31), ads.get(0));
        assertEquals(new LoggedAd("r1", r1.timestamp(), 4, "C6", "SH-6", 0.25, false, null), ads.get(1));
    }

    @Test
    void ga4PromotionFieldsMakeAnItemSponsored() throws Exception {
        Workspace ws = withCampaigns();
        Path file = dir.resolve("ga4.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"event_timestamp\": \"1709287201000000\", \"event_name\": \"view_item_list\", \"user_pseudo_id\":"
                        + " \"u1\", \"event_params\": [{\"key\": \"request_id\", \"value\": {\"string_value\":"
                        + " \"r7\"}}], \"items\": [{\"item_id\": \"SH-1\", \"index\": 0, \"promotion_id\": \"C1\","
                        + " \"promotion_name\": \"Fleetfoot\", \"creative_slot\": \"sponsored_search_1\","
                        + " \"item_params\": [{\"key\": \"bid\", \"value\": {\"double_value\": 0.45}}]},"
                        + " {\"item_id\": \"SH-9\", \"index\": 1, \"promotion_id\": \"(not set)\"}]}",
                "{\"event_timestamp\": \"1709287205000000\", \"event_name\": \"select_item\", \"user_pseudo_id\":"
                        + " \"u1\", \"event_params\": [{\"key\": \"request_id\", \"value\": {\"string_value\":"
                        + " \"r7\"}}], \"items\": [{\"item_id\": \"SH-1\", \"index\": 0, \"promotion_id\": \"C1\","
                        + " \"item_params\": [{\"key\": \"bid\", \"value\": {\"double_value\": 0.45}},"
                        + " {\"key\": \"price_paid\", \"value\": {\"double_value\": 0.12}}]}]}",
                "{\"event_timestamp\": \"1709287209000000\", \"event_name\": \"view_item_list\", \"user_pseudo_id\":"
                        + " \"u1\", \"items\": [{\"item_id\": \"SH-2\", \"index\": 0, \"promotion_id\": \"C77\"}]}",
                ""));
        ImportReport r = load(ws, file, DataKind.EVENTS);
        assertEquals("ga4-jsonl", r.format());
        assertEquals(2, r.accepted());
        assertEquals(1, r.rejections().size());
        assertTrue(r.rejections().get(0).reason().contains("campaign 'C77' is not in the workspace"),
                r.rejections().get(0).reason());
        assertEquals(List.of("click|SH-1|C1|0.45|0.12", "impression|SH-1|C1|0.45|", "impression|SH-9|||"),
                column(ws, "SELECT type || '|' || product_id || '|' || coalesce(campaign_id, '') || '|' "
                        + "|| coalesce(bid, '') || '|' || coalesce(price_paid, '') FROM events ORDER BY 1"));
    }
}
