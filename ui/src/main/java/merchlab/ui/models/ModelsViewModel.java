package merchlab.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.Workbench;
import merchlab.ui.evaluate.ResultTable;
import merchlab.workspace.Workspace;

/**
 * The Models section's state: the saved models of the open workspace (newest first), the chosen one with its family
 * tree and stored evaluation results, the default model, and commands to rename, annotate, make default, delete,
 * export and import models. Reloads whenever the workspace or its data changes.
 */
public final class ModelsViewModel {
    /** Metrics shown in the table, in this order, when a model has them. */
    public static final List<String> KEY_METRICS = List.of("auc", "logloss", "ndcg@10", "ece");

    // properties
    private final ObservableList<SavedModel> models = FXCollections.observableArrayList();
    private final ObservableList<SavedModel> modelsView = FXCollections.unmodifiableObservableList(models);
    private final ReadOnlyObjectWrapper<SavedModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Lineage> lineage = new ReadOnlyObjectWrapper<>(this, "lineage");
    private final ReadOnlyObjectWrapper<List<String>> evaluations = new ReadOnlyObjectWrapper<>(this, "evaluations",
            List.of());
    private final ReadOnlyStringWrapper defaultModel = new ReadOnlyStringWrapper(this, "defaultModel");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Workbench workbench;
    private final Function<Workspace, ModelStore> stores;
    private List<EvaluationStore.Run> stored = List.of();

    /**
     * A model's family as a tree: the oldest saved ancestor of the chosen model at the root, every saved model trained
     * from a model below it.
     *
     * @param chosen whether this is the chosen model
     */
    public record Lineage(SavedModel model, boolean chosen, List<Lineage> children) {
    }

    public ModelsViewModel(Workbench workbench) {
        this(workbench, ModelStore::new);
    }

    public ModelsViewModel(Workbench workbench, Function<Workspace, ModelStore> stores) {
        this.workbench = workbench;
        this.stores = stores;
        workbench.workspaceProperty().addListener((obs, old, now) -> refresh());
        workbench.dataVersionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The saved models, newest first, without their weights. */
    public ObservableList<SavedModel> models() {
        return modelsView;
    }

    public ReadOnlyObjectProperty<SavedModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The chosen model's family tree, or null when none is chosen. */
    public ReadOnlyObjectProperty<Lineage> lineageProperty() {
        return lineage.getReadOnlyProperty();
    }

    /**
     * The chosen model's stored evaluation results, one line per protocol with the figures that mean something
     * there and their sample: "temporal: auc 0.7123 · logloss 0.3010 · ndcg@10 0.5120 · 240 lists · 2,400 impressions".
     */
    public ReadOnlyObjectProperty<List<String>> evaluationsProperty() {
        return evaluations.getReadOnlyProperty();
    }

    /** The default model's name (what Explore and {@code recommend} use when no model is named), or null. */
    public ReadOnlyStringProperty defaultModelProperty() {
        return defaultModel.getReadOnlyProperty();
    }

    /** What the last command did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // commands

    /** Reads the model list again. */
    public void refresh() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            models.clear();
            select(null);
            return;
        }
        workbench.tasks().submit("Reading saved models", context -> {
            ModelStore store = stores.apply(ws);
            return new Stored(store.list(), store.recommended().map(SavedModel::name).orElse(null),
                    new EvaluationStore(ws).latest());
        }, found -> {
            String keep = selected.get() == null ? null : selected.get().name();
            stored = found.evaluations();
            defaultModel.set(found.defaultModel());
            models.setAll(found.models());
            select(found.models().stream().filter(m -> m.name().equals(keep)).findFirst()
                    .orElse(found.models().isEmpty() ? null : found.models().get(0)));
        }, error -> message.set("Could not read the models: " + error.getMessage()));
    }

    /** Chooses a model (or none). */
    public void select(SavedModel model) {
        selected.set(model);
        lineage.set(model == null ? null : lineageOf(model));
        evaluations.set(model == null ? List.of() : evaluationsOf(model.name()));
    }

    /** Gives the chosen model another name; its children, results and the default follow. */
    public void rename(String newName) {
        SavedModel m = selected.get();
        Workspace ws = workbench.workspaceProperty().get();
        if (m == null || ws == null) {
            return;
        }
        workbench.tasks().submit("Renaming model " + m.name(), context -> {
            stores.apply(ws).rename(m.name(), newName);
            return newName.strip();
        }, name -> {
            selected.set(m.withName(name)); // the reload keeps the model of this name chosen
            done("Renamed " + m.name() + " to " + name);
        }, this::failed);
    }

    /** Keeps {@code text} as the chosen model's note (blank removes it). */
    public void saveNote(String text) {
        SavedModel m = selected.get();
        Workspace ws = workbench.workspaceProperty().get();
        if (m == null || ws == null) {
            return;
        }
        workbench.tasks().submit("Saving the note of " + m.name(), context -> {
            stores.apply(ws).note(m.name(), text);
            return m.name();
        }, name -> done("Saved the note of " + name), this::failed);
    }

    /** Makes the chosen model the one Explore and {@code recommend} use when no model is named. */
    public void useAsDefault() {
        SavedModel m = selected.get();
        Workspace ws = workbench.workspaceProperty().get();
        if (m == null || ws == null) {
            return;
        }
        workbench.tasks().submit("Making " + m.name() + " the default", context -> {
            stores.apply(ws).recommend(m.name());
            return m.name();
        }, name -> done(name + " is now the default model"), this::failed);
    }

    /** Deletes the chosen model. */
    public void deleteSelected() {
        SavedModel m = selected.get();
        Workspace ws = workbench.workspaceProperty().get();
        if (m == null || ws == null) {
            return;
        }
        workbench.tasks().submit("Deleting model " + m.name(), context -> {
            stores.apply(ws).delete(m.name());
            return m.name();
        }, name -> done("Deleted " + name), this::failed);
    }

    /** Writes the chosen model with its weights to {@code file}. */
    public void exportSelected(Path file) {
        SavedModel m = selected.get();
        Workspace ws = workbench.workspaceProperty().get();
        if (m == null || ws == null) {
            return;
        }
        workbench.tasks().submit("Exporting model " + m.name(), context -> {
            stores.apply(ws).exportTo(m.name(), file);
            return file;
        }, f -> {
            message.set("Exported " + m.name() + " to " + f.getFileName());
            workbench.announce(message.get());
        }, this::failed);
    }

    /** Reads an exported model into the workspace (renamed when its name is taken). */
    public void importFrom(Path file) {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        workbench.tasks().submit("Importing model " + file.getFileName(), context -> stores.apply(ws).importFrom(file),
                name -> done("Imported " + name + " from " + file.getFileName()), this::failed);
    }

    /** The names the user would suggest for an export of the chosen model. */
    public String suggestedExportName() {
        return selected.get() == null ? "model.mlmodel" : selected.get().name() + ".mlmodel";
    }

    /** A model as the family tree shows it: "ranker-2 · ranker · 2026-12-07 01:02:03". */
    public static String describe(SavedModel m) {
        return m.name() + " · " + m.kind() + " · " + merchlab.ui.format.Formats.dateTime(m.createdAt());
    }

    /** The table's metrics cell: the key metrics the model has, as "auc 0.712 · logloss 0.301". */
    public static String keyMetrics(SavedModel m) {
        List<String> parts = new ArrayList<>();
        Map<String, Double> metrics = m.metrics();
        for (String k : KEY_METRICS) {
            Double v = metrics.get(k);
            if (v == null) {
                v = metrics.get("validation_" + k);
            }
            if (v != null && !v.isNaN()) {
                parts.add(k + " " + String.format(java.util.Locale.ROOT, "%.3f", v));
            }
        }
        return String.join(" · ", parts);
    }

    private Lineage lineageOf(SavedModel model) {
        SavedModel root = model;
        List<String> seen = new ArrayList<>(List.of(model.name()));
        while (root.parent() != null && !seen.contains(root.parent())) {
            String parent = root.parent();
            seen.add(parent);
            SavedModel found = models.stream().filter(m -> m.name().equals(parent)).findFirst().orElse(null);
            if (found == null) {
                break;
            }
            root = found;
        }
        return family(root, model.name(), new ArrayList<>());
    }

    private Lineage family(SavedModel m, String chosen, List<String> visited) {
        visited.add(m.name());
        List<Lineage> children = models.stream().filter(c -> m.name().equals(c.parent()))
                .filter(c -> !visited.contains(c.name()))
                .sorted(java.util.Comparator.comparingLong(SavedModel::createdAt))
                .map(c -> family(c, chosen, visited)).toList();
        return new Lineage(m, m.name().equals(chosen), children);
    }

    private List<String> evaluationsOf(String name) {
        List<String> lines = new ArrayList<>();
        for (String protocol : ResultTable.protocols(stored)) {
            ResultTable table = ResultTable.of(protocol, stored, kind -> false);
            table.rows().stream().filter(r -> r.model().equals(name)).findFirst().ifPresent(r -> {
                List<String> parts = new ArrayList<>();
                for (String c : table.columns()) {
                    parts.add(c + " " + ResultTable.value(r, c));
                }
                if (!r.sample().equals("–")) {
                    parts.add(r.sample());
                }
                lines.add(protocol + ": " + String.join(" · ", parts));
            });
        }
        return List.copyOf(lines);
    }

    private void done(String text) {
        message.set(text);
        workbench.announce(text);
        workbench.dataChanged();
    }

    private void failed(Throwable error) {
        message.set(merchlab.ui.status.ProblemText.reason(error));
    }

    private record Stored(List<SavedModel> models, String defaultModel, List<EvaluationStore.Run> evaluations) {
    }
}
