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
import merchlab.model.ModelStore;
import merchlab.model.SavedModel;
import merchlab.ui.Workbench;
import merchlab.workspace.Workspace;

/**
 * The Models section's state: the saved models of the open workspace (newest first), the chosen one with its lineage,
 * and commands to delete, export and import models. Reloads whenever the workspace or its data changes.
 */
public final class ModelsViewModel {
    /** Metrics shown in the table, in this order, when a model has them. */
    public static final List<String> KEY_METRICS = List.of("auc", "logloss", "ndcg@10", "ece");

    // properties
    private final ObservableList<SavedModel> models = FXCollections.observableArrayList();
    private final ObservableList<SavedModel> modelsView = FXCollections.unmodifiableObservableList(models);
    private final ReadOnlyObjectWrapper<SavedModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<List<String>> lineage = new ReadOnlyObjectWrapper<>(this, "lineage", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Workbench workbench;
    private final Function<Workspace, ModelStore> stores;

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

    /** The chosen model's name, then its parent, grandparent ... as far as they are still saved. */
    public ReadOnlyObjectProperty<List<String>> lineageProperty() {
        return lineage.getReadOnlyProperty();
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
        workbench.tasks().submit("Reading saved models", context -> stores.apply(ws).list(), list -> {
            String keep = selected.get() == null ? null : selected.get().name();
            models.setAll(list);
            select(list.stream().filter(m -> m.name().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, error -> message.set("Could not read the models: " + error.getMessage()));
    }

    /** Chooses a model (or none). */
    public void select(SavedModel model) {
        selected.set(model);
        lineage.set(model == null ? List.of() : lineageOf(model));
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

    private List<String> lineageOf(SavedModel model) {
        List<String> chain = new ArrayList<>();
        chain.add(model.name());
        String parent = model.parent();
        while (parent != null && !chain.contains(parent)) {
            chain.add(parent);
            String p = parent;
            parent = models.stream().filter(m -> m.name().equals(p)).findFirst().map(SavedModel::parent).orElse(null);
        }
        return List.copyOf(chain);
    }

    private void done(String text) {
        message.set(text);
        workbench.announce(text);
        workbench.dataChanged();
    }

    private void failed(Throwable error) {
        message.set(merchlab.ui.status.ProblemText.reason(error));
    }
}
