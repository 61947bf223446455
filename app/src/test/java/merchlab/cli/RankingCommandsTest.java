package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import merchlab.fixtures.SyntheticShop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, evaluate and recommend on a small synthetic shop whose queries are already embedded. */
class RankingCommandsTest {
    @TempDir
    static Path dir;
    static String ws;

    @BeforeAll
    static void shopWithARanker() {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 150;
        shop.shoppers = 60;
        shop.days = 8;
        shop.requestsPerDay = 80;
        shop.dimension = 16;
        shop.cacheQueryVectors = true;
        ws = shop.write(dir.resolve("shop.db")).file().toString();
        String[] r = run("train", "-w", ws, "--model", "ranker", "--epochs", "2", "--device", "cpu", "--json");
        assertEquals("0", r[0], r[2]);
    }

    private static JsonNode json(String[] r) throws Exception {
        assertEquals("0", r[0], r[2]);
        return new ObjectMapper().readTree(r[1]);
    }

    @Test
    void trainPrintsTheSavedVersionWithItsDeviceAndMetrics() throws Exception {
        JsonNode doc = json(run("train", "-w", ws, "--model", "popularity", "--scope", "category", "--json"));
        assertEquals("popularity-category", doc.get("model").asText());
        assertEquals("popularity", doc.get("kind").asText());
        assertEquals("cpu", doc.get("device").asText());
        assertTrue(doc.get("seconds").isNumber() && doc.get("seconds").asDouble() > 0, doc.toString());
        assertTrue(doc.get("metrics").has("products_with_engagements"));
        JsonNode again = json(run("train", "-w", ws, "--model", "ranker", "--epochs", "1", "--device", "cpu",
                "--seed", "7", "--json"));
        assertEquals("ranker-2", again.get("model").asText());
        assertEquals("ranker", again.get("parent").asText(), "a retrained model is linked to its parent");
        assertEquals(1, again.get("epochs").asInt());
        assertTrue(again.get("metrics").get("validation_auc").asDouble() > 0.5);
        assertEquals(7, again.get("settings").get("seed").asInt());
    }

    @Test
    void evaluateReportsEveryModelBesideTheBaselinesAndTheOracle() throws Exception {
        JsonNode doc = json(run("evaluate", "-w", ws, "--model", "ranker", "--json"));
        assertEquals("temporal", doc.get("protocol").asText());
        Set<String> models = new HashSet<>();
        doc.get("results").forEach(r -> models.add(r.get("model").asText()));
        assertTrue(models.containsAll(List.of("ranker", "popularity", "popularity-category", "cooccurrence",
                "semantic")), models.toString());
        JsonNode ranker = doc.get("results").get(0);
        assertEquals("ranker", ranker.get("kind").asText());
        for (String metric : List.of("auc", "logloss", "ece", "ndcg@10", "recall@10", "mrr@10", "hit@10",
                "coverage@10")) {
            assertTrue(ranker.get("metrics").has(metric), metric);
        }
        assertFalse(ranker.get("trainedOnTestPeriod").asBoolean());
        assertTrue(doc.get("oracle").get("auc").asDouble() > 0.5);
    }

    @Test
    void recommendListsProductsWithPredictedCtr() throws Exception {
        JsonNode doc = json(run("recommend", "-w", ws, "--user", "U3", "--top", "4", "--device", "mobile", "--hour",
                "20", "--json"));
        assertEquals("ranker", doc.get("kind").asText());
        assertTrue(doc.get("knownShopper").asBoolean());
        assertEquals(4, doc.get("items").size());
        JsonNode first = doc.get("items").get(0);
        assertTrue(first.get("productId").asText().startsWith("P"));
        assertFalse(first.get("title").asText().isEmpty());
        double ctr = first.get("ctr").asDouble();
        assertTrue(ctr > 0 && ctr < 1);
        assertTrue(first.get("score").asDouble() >= doc.get("items").get(3).get("score").asDouble());
    }

    @Test
    void recommendSaysWhyFewerProductsCameBackThanAskedFor() throws Exception {
        JsonNode doc = json(run("recommend", "-w", ws, "--user", "nobody-new", "--top", "500", "--json"));
        int n = doc.get("items").size();
        assertTrue(n < 500, "items " + n);
        assertTrue(doc.get("notes").get(0).asText().startsWith("only " + n + " of the 500 products asked for"),
                doc.get("notes").toString());
        assertEquals(0, json(run("recommend", "-w", ws, "--user", "U3", "--top", "4", "--json")).get("notes").size());
    }

    @Test
    void recommendForEveryShopperWritesTheWorkspaceTableAndCsv() throws Exception {
        Path csv = dir.resolve("top.csv");
        JsonNode doc = json(run("recommend", "-w", ws, "--all", "--top", "2", "--model", "ranker", "--csv",
                csv.toString(), "--json"));
        int shoppers = doc.get("shoppers").asInt();
        assertTrue(shoppers > 50, "shoppers " + shoppers);
        assertEquals(2L * shoppers, doc.get("rows").asLong());
        assertEquals(1 + 2 * shoppers, Files.readAllLines(csv).size());
    }

    @Test
    void mistakesEndWithOneLine() {
        String[] unknown = run("train", "-w", ws, "--model", "magic");
        assertEquals("1", unknown[0]);
        assertTrue(unknown[2].strip().startsWith("merchlab train: unknown model kind 'magic'"), unknown[2]);
        assertEquals(1, unknown[2].strip().lines().count());
        String[] protocol = run("evaluate", "-w", ws, "--protocol", "guess");
        assertEquals("1", protocol[0]);
        assertTrue(protocol[2].contains("use temporal"), protocol[2]);
        String[] hour = run("recommend", "-w", ws, "--user", "U1", "--hour", "25");
        assertEquals("1", hour[0]);
        assertTrue(hour[2].contains("--hour must be 0-23"), hour[2]);
        String[] model = run("recommend", "-w", ws, "--user", "U1", "--model", "nope");
        assertTrue(model[2].contains("no model named 'nope'"), model[2]);
    }
}
