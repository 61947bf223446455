package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.csv.CsvRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shopper sees on a generated shop with the real encoder and a trained ranker: personalised search keeps to
 * what the query asks, every listed product has a reason, and the judged evaluation compares each model with
 * retrieval alone.
 */
class SearchRelevanceCommandTest {
    @TempDir
    static Path dir;
    static String ws;
    static List<String> busiestShoppers;

    @BeforeAll
    static void generatedShopWithARanker() {
        Path shop = dir.resolve("shop");
        ok(run("generate", "--out", shop.toString(), "--products", "500", "--users", "100", "--days", "14", "--seed",
                "5", "--lang", "en"));
        ws = dir.resolve("shop.db").toString();
        ok(run("import", "-w", ws, "--catalog", shop.resolve("products.csv").toString(), "--events",
                shop.resolve("events.csv").toString(), "--judgments", shop.resolve("judgments.csv").toString()));
        ok(run("encode", "-w", ws));
        ok(run("train", "-w", ws, "--model", "ranker", "--epochs", "3", "--device", "cpu"));
        Map<String, Integer> events = new HashMap<>();
        CsvRows.forEach(shop.resolve("events.csv"), row -> events.merge(row.get("user_id"), 1, Integer::sum));
        busiestShoppers = events.entrySet().stream().filter(e -> e.getKey() != null)
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(5).map(Map.Entry::getKey).toList();
    }

    private static String[] ok(String[] r) {
        assertEquals("0", r[0], r[2]);
        return r;
    }

    private static JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(ok(run(args))[1]);
    }

    @Test
    void personalisedSearchForRedRunningShoesUnder80ListsOnlySuchShoesForEveryShopper() throws Exception {
        List<String> visitors = new ArrayList<>(busiestShoppers);
        visitors.add(null);
        for (String shopper : visitors) {
            List<String> args = new ArrayList<>(List.of("search", "-w", ws, "--query", "red running shoes under 80",
                    "--model", "ranker", "--top", "5", "--explain", "--json"));
            if (shopper != null) {
                args.addAll(List.of("--user", shopper));
            }
            JsonNode doc = json(args.toArray(String[]::new));
            assertTrue(doc.get("filters").get("fromQuery").toString().contains("price"), doc.get("filters").toString());
            assertTrue(doc.get("items").size() >= 3, "shopper " + shopper + ": " + doc.get("items"));
            for (JsonNode item : doc.get("items")) {
                String what = "shopper " + shopper + ": " + item.get("title").asText();
                assertTrue(item.get("category").asText().endsWith("Running Shoes"), what);
                assertTrue(item.get("price").asDouble() <= 80.0, what);
                assertFalse(item.get("reasons").isEmpty(), what);
            }
        }
    }

    @Test
    void withoutTheCategoryFilterTheRetrieversBestMatchesStillLead() throws Exception {
        JsonNode doc = json("search", "-w", ws, "--query", "red running shoes under 80", "--model", "ranker",
                "--user", busiestShoppers.get(0), "--ignore-intent", "category", "--top", "3", "--json");
        assertEquals("[\"price\"]", doc.get("filters").get("fromQuery").toString());
        assertTrue(doc.get("items").get(0).get("title").asText().contains("Running Shoes"), doc.get("items").toString());
        assertEquals(1, run("search", "-w", ws, "--query", "shoes", "--ignore-intent", "colour")[2].strip().lines()
                .count());
    }

    @Test
    void everyRecommendedProductHasAReasonAndCompleteAttributions() throws Exception {
        for (String shopper : busiestShoppers.subList(0, 3)) {
            JsonNode doc = json("recommend", "-w", ws, "--user", shopper, "--explain", "--json");
            assertEquals(10, doc.get("items").size());
            for (JsonNode item : doc.get("items")) {
                assertFalse(item.get("reasons").isEmpty(), shopper + ": " + item);
                assertTrue(Math.abs(item.get("completenessError").asDouble()) <= 0.01, item.toString());
            }
        }
    }

    @Test
    void judgedEvaluationComparesEveryModelWithRetrievalAndExportsForTrecEval() throws Exception {
        Path export = dir.resolve("export");
        JsonNode doc = json("evaluate", "-w", ws, "--protocol", "judgments", "--model", "ranker", "--export",
                export.toString(), "--json");
        assertEquals("judgments", doc.get("protocol").asText());
        int queries = doc.get("queries").asInt();
        assertTrue(queries > 20, "queries " + queries);
        JsonNode search = doc.get("results").get(0);
        assertEquals("search", search.get("model").asText());
        assertEquals(queries, search.get("queries").asInt());
        JsonNode ranker = doc.get("results").get(1);
        assertEquals("ranker", ranker.get("model").asText());
        JsonNode versus = ranker.get("versus");
        assertEquals("search", versus.get("model").asText());
        double p = versus.get("pValue").asDouble();
        assertTrue(p > 0 && p <= 1, versus.toString());
        double delta = versus.get("delta").asDouble();
        assertTrue(versus.get("ci95").get(0).asDouble() <= delta && delta <= versus.get("ci95").get(1).asDouble());
        assertTrue(doc.get("groups").has("lang:en"), doc.get("groups").toString());
        List<String> run = Files.readAllLines(export.resolve("run-search.txt"));
        assertTrue(run.size() <= 10 * queries && run.size() > queries, "lines " + run.size());
        assertEquals(queries, Files.readAllLines(export.resolve("topics.tsv")).size());
        assertTrue(Files.readString(export.resolve("quepid-ratings.csv")).startsWith("query,docid,rating\n"));
    }
}
