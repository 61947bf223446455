package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.fixtures.SyntheticShop;
import merchlab.store.EvaluationStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved sequence model on a tiny shop: {@code recommend --explain} and {@code explain} name the history products that
 * drove a score, and {@code evaluate --protocol leave-last-out|random-80-10-10} retrains it beside every baseline.
 */
class ProtocolEvaluateCommandTest {
    private static JsonNode json(String[] r) throws Exception {
        assertEquals("0", r[0], r[2]);
        return new ObjectMapper().readTree(r[1]);
    }

    @Test
    void sequenceModelIsExplainedByItsHistoryAndRankingProtocolsRetrainItsRecipe(@TempDir Path dir) throws Exception {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 60;
        shop.shoppers = 40;
        shop.days = 6;
        shop.requestsPerDay = 60;
        shop.dimension = 16;
        String ws = shop.write(dir.resolve("shop.db")).file().toString();
        JsonNode trained = json(run("train", "-w", ws, "--model", "sequence", "--all-data", "--epochs", "2",
                "--batch-size", "16", "--device", "cpu", "--set", "dim=16", "--set", "layers=1", "--set", "heads=1",
                "--set", "history=10", "--json"));
        assertEquals("16", trained.get("settings").get("options").get("dim").asText(), "options kept with the model");

        JsonNode recommended = json(run("recommend", "-w", ws, "--model", "sequence", "--user", "U3", "--top", "3",
                "--explain", "--json"));
        assertEquals("sequence", recommended.get("kind").asText());
        JsonNode first = recommended.get("items").get(0);
        assertTrue(first.get("history").size() > 0, "history products that drove the recommendation: " + first);
        JsonNode explained = json(run("explain", "-w", ws, "--model", "sequence", "--user", "U3", "--product",
                first.get("productId").asText(), "--json"));
        JsonNode top = explained.get("history").get(0);
        assertTrue(top.get("productId").asText().startsWith("P"), explained.toString());
        assertEquals(explained.get("score").asDouble() - top.get("scoreWithout").asDouble(),
                top.get("effect").asDouble(), 1e-6);
        String[] text = run("explain", "-w", ws, "--model", "sequence", "--user", "U3", "--product",
                first.get("productId").asText());
        assertTrue(text[1].lines().anyMatch(l -> l.startsWith("  history ")), text[1]);

        JsonNode doc = json(run("evaluate", "-w", ws, "--protocol", "leave-last-out", "--json"));
        assertEquals("leave-last-out", doc.get("protocol").asText());
        assertEquals("exclude", doc.get("history").asText());
        assertFalse(doc.has("seed"), "leave-last-out is not random");
        assertTrue(doc.get("testShoppers").asInt() > 20, doc.toString());
        assertEquals(60, doc.get("products").asInt());
        Map<String, JsonNode> byModel = new HashMap<>();
        doc.get("results").forEach(r -> byModel.put(r.get("model").asText(), r));
        assertTrue(byModel.keySet().containsAll(List.of("sequence", "popularity", "popularity-category",
                "cooccurrence", "semantic")), byModel.keySet().toString());
        JsonNode sequence = byModel.get("sequence");
        assertEquals("sequence", sequence.get("kind").asText());
        assertEquals("sequence", sequence.get("retrainedFrom").asText());
        assertTrue(sequence.get("trainingSeconds").asDouble() > 0);
        for (String metric : List.of("ndcg@10", "recall@10", "mrr@10", "hit@10", "coverage@10")) {
            double v = sequence.get("metrics").get(metric).asDouble(-1);
            assertTrue(v >= 0 && v <= 1, metric + " " + v);
        }
        JsonNode versus = sequence.get("versus");
        assertTrue(byModel.containsKey(versus.get("model").asText()), versus.toString());
        assertEquals(doc.get("testShoppers").asInt(), versus.get("units").asInt(), "compared shopper by shopper");
        assertTrue(versus.get("pValue").asDouble() > 0 && versus.get("pValue").asDouble() <= 1, versus.toString());
        assertFalse(byModel.get("popularity").has("versus"), "a baseline is what the others are compared with");

        JsonNode kept = json(run("evaluate", "-w", ws, "--protocol", "leave-last-out", "--history", "keep",
                "--model", "sequence", "--json"));
        assertEquals("leave-last-out-history-kept", kept.get("protocol").asText());
        assertEquals("keep", kept.get("history").asText());
        JsonNode ranking = kept.get("results").get(0).get("rankingSeconds");
        assertTrue(ranking.isNumber() && ranking.asDouble() > 0, kept.toString());

        String[] table = run("evaluate", "-w", ws, "--protocol", "random-80-10-10", "--seed", "3");
        assertEquals("0", table[0], table[2]);
        assertTrue(table[1].startsWith("protocol random-80-10-10:"), table[1]);
        assertTrue(table[1].lines().anyMatch(l -> l.startsWith("cooccurrence")), table[1]);

        List<EvaluationStore.Run> stored = new EvaluationStore(Workspace.open(Path.of(ws))).latest();
        for (String protocol : List.of("leave-last-out", "random-80-10-10")) {
            assertTrue(stored.stream().anyMatch(r -> r.protocol().equals(protocol) && r.model().equals("sequence")
                    && r.metrics().containsKey("ndcg@10")), protocol + " stored for the desktop's table");
            assertTrue(stored.stream().anyMatch(r -> r.protocol().equals(protocol) && r.model().equals("popularity")));
        }
    }
}
