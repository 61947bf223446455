package merchlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import merchlab.eval.judged.QueryKinds;
import merchlab.text.CatalogFixture;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merchlab queries}: the judged queries of a prepared catalog, with kinds stored from a query set. */
class QueriesCommandTest {
    @TempDir
    Path dir;

    @Test
    void scoresEveryJudgedQueryAndKeepsTheQuerySetsKinds() throws Exception {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        String w = ws.file().toString();
        assertEquals("0", CapturedRun.run("prepare", "-w", w)[0]);
        Path judgments = dir.resolve("judgments.csv");
        Files.writeString(judgments, "query,product_id,grade\nrunning shoes,en-1,E\nrunning shoes,en-2,E\n"
                + "running shoes,en-3,S\nphone charger,en-5,E\nphone charger,en-4,C\n跑步鞋,zh-1,E\n跑步鞋,zh-2,E\n");
        assertEquals("0", CapturedRun.run("import", "-w", w, "--judgments", judgments.toString())[0]);
        Path queries = dir.resolve("queries.csv");
        Files.writeString(queries, "query,lang,kind\nrunning shoes,en,exact\nphone charger,en,paraphrase\n"
                + "跑步鞋,zh,exact\n");

        String[] run = CapturedRun.run("queries", "-w", w, "--kinds", queries.toString(), "--json");

        assertEquals("0", run[0], run[2]);
        JsonNode doc = new ObjectMapper().readTree(run[1]);
        assertEquals("search", doc.get("a").asText());
        assertEquals("search", doc.get("b").asText(), "no model saved: retrieval beside itself");
        assertEquals(3, doc.get("queries").asInt());
        assertEquals(0.0, doc.get("versus").get("delta").asDouble());
        JsonNode first = doc.get("rows").get(0);
        assertTrue(first.get("ndcgA").asDouble() > 0 && first.get("ndcgA").asDouble() <= 1, first.toString());
        assertEquals(3, QueryKinds.read(ws).size(), "the kinds are kept for the desktop's filter");

        String[] chinese = CapturedRun.run("queries", "-w", w, "--lang", "zh");
        assertEquals("0", chinese[0], chinese[2]);
        assertTrue(chinese[1].startsWith("1 judged queries, NDCG@10 A search "), chinese[1]);
        assertTrue(chinese[1].contains("跑步鞋"), chinese[1]);

        String[] unknown = CapturedRun.run("queries", "-w", w, "--kind", "misspelled");
        assertEquals("1", unknown[0]);
        assertTrue(unknown[2].endsWith("\nmerchlab queries: no judged query of kind misspelled in any language; kinds "
                + "here: [exact, paraphrase], languages: [en, zh]\n"), unknown[2]);
    }

    @Test
    void aWorkspaceWithoutJudgmentsIsOneLineAndAJsonError() throws Exception {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        String[] run = CapturedRun.run("queries", "-w", ws.file().toString(), "--json");
        assertEquals("1", run[0]);
        assertTrue(new ObjectMapper().readTree(run[1]).get("error").asText().startsWith(
                "the workspace has no judged query with a relevant product"), run[1]);
    }
}
