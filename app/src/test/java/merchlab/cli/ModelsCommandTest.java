package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import merchlab.store.ModelFile;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models list|export|import}: a saved model moves between workspaces as one versioned file. */
class ModelsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspaceWithAModel(String file) {
        Path ws = dir.resolve(file);
        new ModelStore(Workspace.open(ws)).save(new SavedModel("cooccurrence", "cooccurrence", Map.of("k", 2), null,
                Map.of("ndcg@10", 0.25), null, 1L, 2L, "cpu", 1_700_000_000_000L, null, new byte[] {9, 8, 7}));
        return ws;
    }

    @Test
    void exportedModelImportsIntoAnotherWorkspaceAndIsListed() throws Exception {
        Path source = workspaceWithAModel("a.db");
        Path target = workspaceWithAModel("b.db");
        Path file = dir.resolve("cooc.model.json");

        String[] exported = run("models", "export", "-w", source.toString(), "--model", "cooccurrence", "--out",
                file.toString(), "--json");
        assertEquals("0", exported[0], exported[2]);
        JsonNode doc = JSON.readTree(exported[1]);
        assertEquals(ModelFile.VERSION, doc.get("formatVersion").asInt());
        assertEquals("cooccurrence", doc.get("kind").asText());

        String[] imported = run("models", "import", "-w", target.toString(), file.toString());
        assertEquals("0", imported[0], imported[2]);
        assertEquals("imported " + file + " (cooccurrence) as cooccurrence-2\n", imported[1]);

        String[] listed = run("models", "list", "-w", target.toString(), "--json");
        assertEquals("0", listed[0], listed[2]);
        JsonNode models = JSON.readTree(listed[1]).get("models");
        assertEquals(2, models.size());
        assertEquals(0.25, models.get(0).get("metrics").get("ndcg@10").asDouble());
        assertEquals("[9, 8, 7]", java.util.Arrays.toString(
                new ModelStore(Workspace.open(target)).load("cooccurrence-2").parameters()));
    }

    @Test
    void aModelFromANewerMerchLabIsRefusedInOneLineAndNothingIsImported() throws Exception {
        Path target = workspaceWithAModel("b.db");
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\":\"merchlab-model\",\"version\":" + (ModelFile.VERSION + 1) + ",\"model\":{}}");
        String[] r = run("models", "import", "-w", target.toString(), newer.toString());
        assertEquals("1", r[0]);
        assertEquals("merchlab models import: " + newer + " was exported by a newer MerchLab (model format version "
                + (ModelFile.VERSION + 1) + "; this one reads up to " + ModelFile.VERSION + "): upgrade MerchLab to use "
                + "it\n", r[2]);
        assertEquals(1, new ModelStore(Workspace.open(target)).list().size());
    }

    @Test
    void exportNeverOverwritesAFileAndNamesAnUnknownModel() throws Exception {
        Path source = workspaceWithAModel("a.db");
        Path existing = Files.writeString(dir.resolve("keep.json"), "mine");
        String[] r = run("models", "export", "-w", source.toString(), "--model", "cooccurrence", "--out",
                existing.toString());
        assertEquals("1", r[0]);
        assertEquals("merchlab models export: " + existing + " exists already: choose another file or delete it first\n",
                r[2]);
        assertEquals("mine", Files.readString(existing));

        String[] unknown = run("models", "export", "-w", source.toString(), "--model", "nope", "--out",
                dir.resolve("x.json").toString());
        assertEquals("1", unknown[0]);
        assertTrue(unknown[2].startsWith("merchlab models export: no model named 'nope'"), unknown[2]);
    }
}
