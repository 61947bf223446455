package merchlab.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsViewModelTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private TestWorkbench workbench;
    private ModelsViewModel models;
    private Workspace ws;

    @BeforeEach
    void shop() {
        ws = Workspace.open(dir.resolve("shop.db"));
        ModelStore store = new ModelStore(ws);
        store.save(model("ranker", null, 1000, Map.of("auc", 0.71, "logloss", 0.30)));
        store.save(model("ranker-2", "ranker", 2000, Map.of("validation_auc", 0.7345)));
        store.save(model("ranker-3", "ranker-2", 3000, Map.of()));
        workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        models = new ModelsViewModel(workbench);
    }

    private static SavedModel model(String name, String parent, long created, Map<String, Double> metrics) {
        return new SavedModel(name, "ranker", Map.of("epochs", 1), null, metrics, parent, 0L, 10L, "cpu", created,
                null, new byte[] {1, 2, 3});
    }

    @Test
    void listsNothingUntilAWorkspaceOpens() {
        assertTrue(models.models().isEmpty());
        assertNull(models.selectedProperty().get());
    }

    @Test
    void listsTheSavedModelsNewestFirstAndChoosesTheNewest() {
        workbench.open(ws);
        assertEquals(List.of("ranker-3", "ranker-2", "ranker"), models.models().stream().map(SavedModel::name).toList());
        assertEquals("ranker-3", models.selectedProperty().get().name());
    }

    @Test
    void lineageIsTheWholeFamilyFromTheFirstModelWithTheChosenOneMarked() {
        new ModelStore(ws).save(model("ranker-4", "ranker", 4000, Map.of()));
        workbench.open(ws);
        models.select(models.models().stream().filter(m -> m.name().equals("ranker-3")).findFirst().orElseThrow());
        ModelsViewModel.Lineage root = models.lineageProperty().get();
        assertEquals("ranker", root.model().name());
        assertEquals(List.of("ranker-2", "ranker-4"), root.children().stream().map(l -> l.model().name()).toList(),
                "both models retrained from the first, oldest first");
        ModelsViewModel.Lineage third = root.children().get(0).children().get(0);
        assertEquals("ranker-3", third.model().name());
        assertTrue(third.chosen());
        assertTrue(!root.chosen());
    }

    @Test
    void renamesKeepsANoteAndMakesTheChosenModelTheDefault() {
        workbench.open(ws);
        models.select(models.models().stream().filter(m -> m.name().equals("ranker-2")).findFirst().orElseThrow());
        models.rename("spring ranker");
        assertEquals("Renamed ranker-2 to spring ranker", models.messageProperty().get());
        assertEquals("spring ranker", models.selectedProperty().get().name());
        assertEquals("spring ranker", new ModelStore(ws).load("ranker-3").parent());
        models.saveNote("before the price change");
        assertEquals("before the price change", new ModelStore(ws).load("spring ranker").note());
        assertNull(models.defaultModelProperty().get());
        models.useAsDefault();
        assertEquals("spring ranker", models.defaultModelProperty().get());
        assertEquals("spring ranker is now the default model", models.messageProperty().get());
        models.rename("ranker-3");
        assertEquals("a model named 'ranker-3' already exists: choose another name", models.messageProperty().get());
    }

    @Test
    void showsTheChosenModelsEvaluationResultsPerProtocol() {
        new merchlab.store.EvaluationStore(ws).save("ranker-3", "ranker", "temporal", Map.of("auc", 0.7, "recall@10",
                1.0, "test_lists", 240.0, "test_impressions", 2400.0));
        new merchlab.store.EvaluationStore(ws).save("ranker-3", "ranker", "leave-last-out", Map.of("ndcg@10", 0.2,
                "recall@10", 0.4, "test_shoppers", 310.0));
        workbench.open(ws);
        assertEquals(List.of("temporal: auc 0.7000 · 240 lists · 2,400 impressions",
                "leave-last-out: ndcg@10 0.2000 · recall@10 0.4000 · 310 shoppers"),
                models.evaluationsProperty().get());
        models.select(models.models().get(2));
        assertEquals(List.of(), models.evaluationsProperty().get());
    }

    @Test
    void keyMetricsShowTestOrValidationFigures() {
        workbench.open(ws);
        assertEquals("auc 0.710 · logloss 0.300", ModelsViewModel.keyMetrics(models.models().get(2)));
        assertEquals("auc 0.735", ModelsViewModel.keyMetrics(models.models().get(1)));
        assertEquals("", ModelsViewModel.keyMetrics(models.models().get(0)));
    }

    @Test
    void deletingRemovesTheModelAndTellsEverySection() {
        workbench.open(ws);
        long version = workbench.dataVersionProperty().get();
        models.deleteSelected();
        assertEquals(List.of("ranker-2", "ranker"), models.models().stream().map(SavedModel::name).toList());
        assertEquals(version + 1, workbench.dataVersionProperty().get());
        assertEquals("Deleted ranker-3", models.messageProperty().get());
        assertEquals(List.of("ranker-2", "ranker"), new ModelStore(ws).names());
    }

    @Test
    void exportedModelsImportUnderAFreeName() {
        workbench.open(ws);
        Path file = dir.resolve("ranker-3.mlmodel");
        models.exportSelected(file);
        assertTrue(Files.isRegularFile(file));
        models.importFrom(file);
        assertEquals("Imported ranker-3-2 from ranker-3.mlmodel", models.messageProperty().get());
        assertEquals(4, models.models().size());
        SavedModel imported = new ModelStore(ws).load("ranker-3-2");
        assertEquals(3, imported.parameters().length);
    }

    @Test
    void aFileThatIsNoModelGivesAClearMessage() throws Exception {
        workbench.open(ws);
        Path junk = Files.writeString(dir.resolve("notes.txt"), "hello");
        models.importFrom(junk);
        assertTrue(models.messageProperty().get().contains("is not an exported MerchLab model"),
                models.messageProperty().get());
        assertEquals(3, models.models().size());
        assertEquals(1, problems.reports.size());
    }
}
