package merchlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
    @TempDir
    Path dir;

    private SavedModel model(String name, String parent) {
        return new SavedModel(name, "ranker", Map.of("epochs", 3), Map.of("features", java.util.List.of("a", "b")),
                Map.of("auc", 0.71), parent, 1L, 2L, "cpu", System.currentTimeMillis(), null, new byte[] {1, 2, 3});
    }

    @Test
    void savesAndLoadsWithWeightsAndLineage() {
        ModelStore store = new ModelStore(Workspace.open(dir.resolve("w.db")));
        store.save(model("ranker", null));
        store.save(model("ranker-2", "ranker"));
        SavedModel loaded = store.load("ranker-2");
        assertEquals("ranker", loaded.parent());
        assertArrayEquals(new byte[] {1, 2, 3}, loaded.parameters());
        assertEquals(0.71, loaded.metrics().get("auc"));
        assertEquals("ranker-3", store.freeName("ranker"));
    }

    @Test
    void exportedModelImportsIntoAnotherWorkspaceUnderAFreeName() {
        ModelStore source = new ModelStore(Workspace.open(dir.resolve("a.db")));
        source.save(model("ranker", null));
        Path file = dir.resolve("ranker.model.json");
        source.exportTo("ranker", file);

        ModelStore target = new ModelStore(Workspace.open(dir.resolve("b.db")));
        target.save(model("ranker", null));
        String name = target.importFrom(file);
        assertEquals("ranker-2", name);
        assertArrayEquals(new byte[] {1, 2, 3}, target.load(name).parameters());
    }

    @Test
    void deletingAParentKeepsTheChild() {
        ModelStore store = new ModelStore(Workspace.open(dir.resolve("w.db")));
        store.save(model("ranker", null));
        store.save(model("ranker-2", "ranker"));
        store.delete("ranker");
        assertNull(store.load("ranker-2").parent());
    }

    @Test
    void unknownModelIsAClearError() {
        ModelStore store = new ModelStore(Workspace.open(dir.resolve("w.db")));
        MerchLabException e = assertThrows(MerchLabException.class, () -> store.load("nope"));
        assertEquals("no model named 'nope' in this workspace (train one first)", e.getMessage());
    }
}
