package merchlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import merchlab.text.CatalogFixture;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merchlab prepare} on a catalog with the real encoders; training is covered by the engine's own test. */
class PrepareCommandTest {
    @TempDir
    Path dir;

    @Test
    void embedsAndIndexesACatalogAndSaysWhyNoModelWasTrained() throws Exception {
        Path ws = CatalogFixture.workspace(dir, CatalogFixture.products()).file();
        String[] run = CapturedRun.run("prepare", "-w", ws.toString(), "--json");
        assertEquals("0", run[0], run[2]);
        JsonNode doc = new ObjectMapper().readTree(run[1]);
        assertEquals("[\"zh\",\"en\"]", doc.get("encoders").toString());
        assertEquals(24, doc.get("embedded").asInt());
        assertEquals(12, doc.get("searchIndexed").asInt());
        assertEquals(0, doc.get("trained").size());
        assertEquals("no behaviour log: import one to train models", doc.get("notes").get(0).asText());
        assertTrue(run[2].contains("prepare: Embedding product text"), run[2]);

        String[] again = CapturedRun.run("prepare", "-w", ws.toString());
        assertEquals("0", again[0], again[2]);
        assertTrue(again[1].startsWith("prepared " + ws.getFileName() + " in "), again[1]);
        assertTrue(again[1].contains(": 0 product vectors made, 24 kept (zh + en); 0 products indexed"), again[1]);
    }

    @Test
    void anEmptyWorkspaceIsOneLineAndAJsonError() throws Exception {
        Path ws = Workspace.open(dir.resolve("empty.db")).file();
        String[] run = CapturedRun.run("prepare", "-w", ws.toString(), "--json");
        assertEquals("1", run[0]);
        assertEquals("the workspace has no products: import a catalog first",
                new ObjectMapper().readTree(run[1]).get("error").asText());
        assertEquals("merchlab prepare: the workspace has no products: import a catalog first\n", run[2]);
    }
}
