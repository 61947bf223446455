package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import merchlab.csv.CsvRows;
import merchlab.shop.AdAuctions;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merchlab ads auction} and {@code ads simulate} on a small generated shop with sponsored slots: the documents
 * they print, the auction's rules as a user sees them, the calibrator kept with the model, and clear errors.
 */
class AdsCommandTest {
    @TempDir
    static Path dir;
    static String ws;
    static Path shop;
    static String adShopper;

    @BeforeAll
    static void shopWithAdsAndARanker() {
        shop = dir.resolve("shop");
        ok(run("generate", "--out", shop.toString(), "--products", "600", "--users", "150", "--days", "8",
                "--lang", "en", "--ad-slots", "1,4", "--recommendation-ad-slots", "2"));
        ws = dir.resolve("ads.db").toString();
        ok(run("import", "-w", ws, "--catalog", shop.resolve("products.csv").toString(), "--campaigns",
                shop.resolve("campaigns.csv").toString(), "--events", shop.resolve("events.csv").toString(),
                "--judgments", shop.resolve("judgments.csv").toString()));
        ok(run("encode", "-w", ws));
        ok(run("train", "-w", ws, "--model", "ranker", "--epochs", "2", "--device", "cpu"));
        List<String> shoppers = new ArrayList<>();
        CsvRows.forEach(shop.resolve("events.csv"), r -> {
            if ("1".equals(r.get("sponsored")) && r.get("query") == null) {
                shoppers.add(r.get("user_id"));
            }
        });
        adShopper = shoppers.get(shoppers.size() / 2);
    }

    private static String[] ok(String[] r) {
        assertEquals("0", r[0], r[2]);
        return r;
    }

    private static JsonNode json(String[] r) throws Exception {
        return new ObjectMapper().readTree(ok(r)[1]);
    }

    @Test
    void anAuctionPricesEachWinnerBetweenTheReserveAndItsBidAndAWhatIfBidTakesTheFirstSlot() throws Exception {
        JsonNode d = json(run("ads", "auction", "-w", ws, "--user", adShopper, "--json"));
        JsonNode awards = d.get("awards");
        assertTrue(awards.size() >= 1, "no ad won in the recommendations of " + adShopper + ": " + d);
        int previous = 0;
        for (JsonNode a : awards) {
            assertTrue(a.get("slot").asInt() > previous, "slots in order: " + awards);
            previous = a.get("slot").asInt();
            assertTrue(a.get("pricePaid").asDouble() <= a.get("bid").asDouble() + 1e-9, a.toString());
            assertTrue(a.get("pricePaid").asDouble() >= 0.05 - 1e-9, "at least the reserve: " + a);
            assertTrue(a.get("pctr").asDouble() > 0 && a.get("pctr").asDouble() < 1, a.toString());
            assertTrue(a.get("pctrUncalibrated").asDouble() > 0, a.toString());
            assertTrue(a.get("reason").asText().contains("a click costs"), a.get("reason").asText());
            assertTrue(a.get("attributions").size() > 0, "the winner's pCTR explained: " + a);
        }
        JsonNode ranking = d.get("ranking");
        JsonNode last = ranking.get(ranking.size() - 1);
        String campaign = last.get("campaign").asText();
        JsonNode whatIf = json(run("ads", "auction", "-w", ws, "--user", adShopper, "--bid", campaign + "=90",
                "--json"));
        JsonNode first = whatIf.get("awards").get(0);
        assertEquals(1, first.get("slot").asInt());
        assertEquals(campaign, first.get("campaign").asText(), "a bid of 90 takes the first slot: " + whatIf);
        assertTrue(first.get("pricePaid").asDouble() <= 90, first.toString());
    }

    @Test
    void theReplayComparesTheRankerWithTheOracleAndKeepsItsCalibratorWithTheModel() throws Exception {
        JsonNode doc = json(run("ads", "simulate", "-w", ws, "--truth", shop.resolve("ad_truth.csv").toString(),
                "--json"));
        assertTrue(doc.get("requests").asInt() > 50, doc.get("requests").toString());
        assertEquals("truth", doc.get("clicks").asText());
        List<String> sources = new ArrayList<>();
        for (JsonNode r : doc.get("results")) {
            sources.add(r.get("pctr").asText());
            assertTrue(r.get("revenue").asDouble() > 0, r.toString());
            assertTrue(r.get("adCtr").asDouble() > 0 && r.get("adCtr").asDouble() < 1, r.toString());
            assertTrue(r.get("costPerClick").asDouble() >= 0.05 - 1e-9, r.toString());
            assertTrue(r.get("campaigns").size() > 0, r.toString());
        }
        assertEquals(List.of("ranker", "ranker", "oracle", "popularity", "bid-only"), sources);
        assertEquals("none", doc.get("results").get(1).get("calibration").asText());
        assertEquals(15, doc.get("tradeoff").size());
        Set<Integer> slots = new HashSet<>();
        for (JsonNode c : doc.get("calibration")) {
            if (c.get("pctr").asText().equals("ranker")) {
                slots.add(c.get("slot").asInt());
                assertTrue(c.get("after").size() > 0, "a reliability curve: " + c);
            }
        }
        assertEquals(Set.of(0, 1, 2, 4), slots);
        assertEquals(0, doc.get("warnings").size(), "the ranker was trained without the test period");

        Workspace w = Workspace.open(Path.of(ws));
        Object kept = new ModelStore(w).latest("ranker").orElseThrow().settings().get(AdAuctions.CALIBRATION);
        assertNotNull(kept, "the ads calibrator is stored with the model");
        assertEquals(doc.get("calibrators").get("ranker").toString(), new ObjectMapper().writeValueAsString(kept));
    }

    @Test
    void mistakesGetOneClearLine() {
        String[] unknown = run("ads", "auction", "-w", ws, "--user", adShopper, "--bid", "nobody=1");
        assertEquals("1", unknown[0]);
        assertTrue(unknown[2].contains("no such campaign"), unknown[2]);
        String[] noVisit = run("ads", "auction", "-w", ws);
        assertEquals("1", noVisit[0]);
        assertTrue(noVisit[2].contains("type a query or pick a shopper"), noVisit[2]);
        String[] noAds = run("ads", "simulate", "-w", dir.resolve("empty.db").toString());
        assertEquals("1", noAds[0]);
        assertTrue(noAds[2].lines().count() <= 2 && !noAds[2].contains("Exception"), noAds[2]);
    }
}
