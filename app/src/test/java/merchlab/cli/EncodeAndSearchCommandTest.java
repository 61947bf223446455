package merchlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import merchlab.text.CatalogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merchlab encode} and {@code merchlab search} on a small bilingual workspace with the real encoders. */
class EncodeAndSearchCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        String[] r = CapturedRun.run(args);
        return new Run(Integer.parseInt(r[0]), r[1], r[2]);
    }

    @Test
    void encodesThenSearchesWithIntentAndRetrieverPerItem() throws Exception {
        Path ws = CatalogFixture.workspace(dir, CatalogFixture.products()).file();
        Run encode = run("encode", "-w", ws.toString(), "--json");
        assertEquals(0, encode.status(), encode.err());
        JsonNode report = new ObjectMapper().readTree(encode.out());
        assertEquals("zh", report.get("encoder").asText());
        assertEquals("[\"zh\",\"en\"]", report.get("encoders").toString(), "half the products are English: both");
        assertEquals(24, report.get("embedded").asInt());
        assertEquals(12, report.get("searchIndexed").asInt());
        assertTrue(encode.err().contains("encode: 12/12 products embedded"), encode.err());

        Run again = run("encode", "-w", ws.toString(), "--json");
        assertEquals(0, new ObjectMapper().readTree(again.out()).get("embedded").asInt());

        Run info = run("info", "-w", ws.toString(), "--json");
        JsonNode encoders = new ObjectMapper().readTree(info.out()).get("encoders");
        assertEquals("en", encoders.get(1).get("name").asText());
        assertEquals(12, encoders.get(1).get("products").asInt());
        assertEquals(12 * 384 * 4, encoders.get(1).get("bytes").asLong());

        Run english = run("search", "-w", ws.toString(), "--query", "runing shoes", "--top", "1", "--json");
        JsonNode shoes = new ObjectMapper().readTree(english.out());
        assertEquals("en", shoes.get("encoder").asText(), "an English query is embedded by the English encoder");
        assertEquals("running", shoes.get("corrections").get(0).get("meant").asText());
        assertTrue(shoes.get("items").get(0).get("matched").toString().contains("matched 'running' as the query's 'runing'"),
                shoes.toString());

        Run search = run("search", "-w", ws.toString(), "--query", "手机壳 50元以下", "--top", "3", "--json");
        assertEquals(0, search.status(), search.err());
        JsonNode doc = new ObjectMapper().readTree(search.out());
        assertEquals(50.0, doc.get("intent").get("price").get("max").asDouble());
        assertEquals("数码 > 手机配件", doc.get("intent").get("categories").get(0).get("path").asText());
        JsonNode first = doc.get("items").get(0);
        assertEquals("zh-3", first.get("productId").asText());
        assertEquals("苹果手机壳硅胶防摔", first.get("title").asText());
        assertTrue(first.get("foundBy").toString().contains("lexical"), first.toString());
        assertTrue(doc.get("items").size() <= 3);
        for (JsonNode item : doc.get("items")) {
            assertTrue(item.get("price").asDouble() <= 50.0, item.toString());
        }
    }

    @Test
    void badInputGetsOneLineReasons() {
        Path ws = CatalogFixture.workspace(dir, CatalogFixture.products()).file();
        Run unknown = run("encode", "-w", ws.toString(), "--encoder", "fr");
        assertEquals(1, unknown.status());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("unknown encoder 'fr'"));

        Run early = run("search", "-w", ws.toString(), "--query", "shoes");
        assertEquals(1, early.status());
        assertTrue(early.err().contains("run merchlab encode"), early.err());

        assertEquals(0, run("encode", "-w", ws.toString()).status());
        Run model = run("search", "-w", ws.toString(), "--query", "shoes", "--model", "ranker");
        assertEquals(1, model.status());
        assertTrue(model.err().contains("no model named 'ranker'"), model.err());
        Run top = run("search", "-w", ws.toString(), "--query", "shoes", "--top", "0");
        assertEquals(1, top.status());
    }
}
