package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --explain}, {@code recommend --explain} and {@code explain} on a small generated shop that was imported,
 * encoded with the real encoder and given a one-epoch ranker.
 */
class ExplainOptionsCommandTest {
    @TempDir
    static Path dir;
    static String ws;

    @BeforeAll
    static void generatedShopWithARanker() throws Exception {
        Path files = dir.resolve("files");
        ok(run("generate", "--out", files.toString(), "--products", "150", "--users", "40", "--days", "4", "--lang",
                "en", "--formats", "generic", "--seed", "3"));
        ws = dir.resolve("shop.db").toString();
        ok(run("import", "--workspace", ws, "--catalog", files.resolve("products.csv").toString(), "--events",
                files.resolve("events.csv").toString()));
        ok(run("encode", "-w", ws));
        ok(run("train", "-w", ws, "--model", "ranker", "--epochs", "1", "--device", "cpu"));
    }

    private static String[] ok(String[] r) {
        assertEquals("0", r[0], r[2]);
        return r;
    }

    private static JsonNode json(String[] r) throws Exception {
        return new ObjectMapper().readTree(ok(r)[1]);
    }

    /** Checks one item's explanation fields: groups sum to the attributions, which reach the score change. */
    private static void explained(JsonNode item) {
        double features = 0;
        for (JsonNode a : item.get("attributions")) {
            features += a.asDouble();
        }
        double groups = 0;
        for (JsonNode g : item.get("groups")) {
            groups += g.asDouble();
        }
        assertTrue(item.get("attributions").has("product_ctr"), item.toString());
        assertTrue(item.get("groups").has("semantic_match"), item.toString());
        assertEquals(features, groups, 1e-6, "groups are sums of features");
        double change = item.get("score").asDouble() - item.get("baselineScore").asDouble();
        double error = item.get("completenessError").asDouble();
        assertTrue(error >= 0, item.toString());
        assertTrue(Math.abs(features - change) <= error * Math.max(Math.abs(change), 1e-3) + 1e-6,
                "the completeness error reported bounds the gap: " + item);
        assertTrue(item.get("steps").asInt() >= 16);
        assertTrue(item.get("reasons").isArray());
    }

    @Test
    void searchExplainAddsAttributionsGroupsCompletenessAndReasonsPerItem() throws Exception {
        JsonNode doc = json(run("search", "-w", ws, "--query", "running shoes", "--user", "U1", "--device", "mobile",
                "--top", "5", "--explain", "--json"));
        assertTrue(doc.get("items").size() > 0, doc.toString());
        for (JsonNode item : doc.get("items")) {
            assertEquals("ranker", item.get("model").asText());
            explained(item);
        }
        String[] text = ok(run("search", "-w", ws, "--query", "running shoes", "--top", "2", "--explain"));
        assertTrue(text[1].contains("baseline CTR") && text[1].contains("completeness error"), text[1]);
    }

    @Test
    void recommendAndExplainGiveTheSameAttributionsForAProduct() throws Exception {
        JsonNode list = json(run("recommend", "-w", ws, "--user", "U2", "--top", "3", "--hour", "20", "--weekday", "5",
                "--explain", "--json"));
        JsonNode first = list.get("items").get(0);
        explained(first);
        JsonNode one = json(run("explain", "-w", ws, "--user", "U2", "--product", first.get("productId").asText(),
                "--hour", "20", "--weekday", "5", "--json"));
        explained(one);
        assertEquals(first.get("score").asDouble(), one.get("score").asDouble(), 1e-6);
        assertEquals(first.get("groups").get("shopper_affinity").asDouble(),
                one.get("groups").get("shopper_affinity").asDouble(), 1e-4);
    }

    @Test
    void importanceReportsEveryGroupWithAnInterval() throws Exception {
        JsonNode doc = json(run("explain", "-w", ws, "--importance", "--lists", "20", "--repeats", "2", "--json"));
        assertEquals(20, doc.get("lists").asInt());
        assertEquals(7, doc.get("groups").size());
        for (JsonNode g : doc.get("groups")) {
            double drop = g.get("aucDrop").asDouble();
            assertTrue(g.get("aucDropCi95").get(0).asDouble() <= drop && drop <= g.get("aucDropCi95").get(1).asDouble(),
                    g.toString());
        }
        assertTrue(doc.get("features").size() > 7);
    }
}
