package merchlab.store;

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

    @Test
    void renamingCarriesTheChildrenTheEvaluationsAndTheDefaultAlong() {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ModelStore store = new ModelStore(ws);
        store.save(model("ranker", null));
        store.save(model("ranker-2", "ranker"));
        new EvaluationStore(ws).save("ranker", "ranker", "temporal", Map.of("auc", 0.7));
        store.recommend("ranker");
        store.rename("ranker", "  spring ranker ");
        assertEquals(java.util.List.of("ranker-2", "spring ranker"), store.names().stream().sorted().toList());
        assertEquals("spring ranker", store.load("ranker-2").parent());
        assertEquals("spring ranker", new EvaluationStore(ws).latest().get(0).model());
        assertEquals("spring ranker", store.recommended().orElseThrow().name());
        assertArrayEquals(new byte[] {1, 2, 3}, store.load("spring ranker").parameters());
        assertEquals("spring ranker", merchlab.scoring.ShopScorers.forShoppers(store, null).name(),
                "the default recommends when no model is named, before the newest ranker");
        assertEquals("ranker-2", merchlab.scoring.ShopScorers.choose(store, null).name(), "search keeps the newest");
    }

    @Test
    void aTakenOrUnreadableNameIsRefusedAndNothingChanges() {
        ModelStore store = new ModelStore(Workspace.open(dir.resolve("w.db")));
        store.save(model("ranker", null));
        store.save(model("ranker-2", "ranker"));
        assertEquals("a model named 'ranker-2' already exists: choose another name",
                assertThrows(MerchLabException.class, () -> store.rename("ranker", "ranker-2")).getMessage());
        assertEquals("a model name needs 1 to 80 characters and no line breaks",
                assertThrows(MerchLabException.class, () -> store.rename("ranker", "two\nlines")).getMessage());
        assertThrows(MerchLabException.class, () -> store.rename("ranker", "   "));
        assertEquals(java.util.List.of("ranker", "ranker-2"), store.names().stream().sorted().toList());
    }

    @Test
    void keepsANoteAndABlankNoteRemovesIt() {
        ModelStore store = new ModelStore(Workspace.open(dir.resolve("w.db")));
        store.save(model("ranker", null));
        store.note("ranker", " trained after the March catalog refresh ");
        assertEquals("trained after the March catalog refresh", store.load("ranker").note());
        store.note("ranker", " ");
        assertNull(store.load("ranker").note());
    }
}
