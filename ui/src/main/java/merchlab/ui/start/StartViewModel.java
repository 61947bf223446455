package merchlab.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.prepare.Readiness;
import merchlab.prepare.WorkspacePreparation;
import merchlab.shop.ShopServices;
import merchlab.ui.Workbench;
import merchlab.ui.start.ChecklistStep.State;
import merchlab.workspace.Workspace;

/**
 * The Start section's state: the four steps from an empty workspace to evaluated models (import, prepare, explore,
 * evaluate), each with what is done and the action for it, read again whenever the workspace or its data change.
 */
public final class StartViewModel {
    // properties
    private final ObservableList<ChecklistStep> steps = FXCollections.observableArrayList();
    private final ObservableList<ChecklistStep> stepsView = FXCollections.unmodifiableObservableList(steps);

    private final Workbench workbench;
    private final Function<Workspace, WorkspacePreparation> preparation;
    private Readiness readiness;

    public StartViewModel(Workbench workbench, ShopServices services) {
        this.workbench = workbench;
        this.preparation = services.preparation();
        workbench.workspaceProperty().addListener((obs, old, now) -> reload());
        workbench.dataVersionProperty().addListener((obs, old, now) -> reload());
        workbench.preparingProperty().addListener((obs, old, now) -> show());
        reload();
    }

    /** The steps in order. */
    public ObservableList<ChecklistStep> steps() {
        return stepsView;
    }

    // commands

    /** Does what the step's button says: opens the import dialog, prepares, or shows Explore or Evaluate. */
    public void act(String stepId) {
        switch (stepId) {
            case "import" -> workbench.requestImport();
            case "prepare" -> workbench.requestPrepare();
            case "explore", "evaluate" -> workbench.showSection(stepId);
            default -> throw new IllegalArgumentException("no step " + stepId);
        }
    }

    /** Reads what the open workspace has, in the background. */
    public void reload() {
        Workspace ws = workbench.workspaceProperty().get();
        readiness = null;
        show();
        if (ws != null) {
            workbench.tasks().submit("Checking the workspace", context -> preparation.apply(ws).readiness(), found -> {
                if (ws == workbench.workspaceProperty().get()) {
                    readiness = found;
                    show();
                }
            });
        }
    }

    private void show() {
        Readiness r = readiness;
        boolean preparing = workbench.preparingProperty().get();
        List<ChecklistStep> list = new ArrayList<>();
        boolean imported = r != null && r.imported();
        list.add(new ChecklistStep("import", "Import your data", imported
                ? String.format(Locale.ROOT, "%,d products and %,d events in this workspace.", r.products(), r.events())
                : "Add a product catalog and a behaviour log (searches, impressions, clicks, purchases).",
                r == null ? State.WAITING : imported ? State.DONE : State.NEXT, "Import files…"));
        list.add(new ChecklistStep("prepare", "Prepare the workspace", prepareDetail(r, preparing),
                preparing ? State.RUNNING : !imported ? State.WAITING : r.ready() ? State.DONE : State.NEXT,
                "Prepare workspace"));
        list.add(new ChecklistStep("explore", "Explore", "See what a shopper or a query gets, and why: predicted "
                + "CTR, ranks against a baseline, and each score's attributions."
                + (imported && r.models().isEmpty() ? " Until a model is trained, lists follow retrieval alone." : ""),
                imported && r.encoded() && r.searchIndexed() ? State.NEXT : State.WAITING, "Open Explore"));
        list.add(new ChecklistStep("evaluate", "Evaluate", "Compare the models with the baselines on the logs' last "
                + "days: AUC, NDCG@10, calibration.", imported && !r.models().isEmpty() ? State.NEXT : State.WAITING,
                "Open Evaluate"));
        steps.setAll(list);
    }

    private static String prepareDetail(Readiness r, boolean preparing) {
        if (preparing) {
            return "Preparing: the status bar below shows how far it is, and Cancel keeps what is done.";
        }
        if (r == null || !r.imported()) {
            return "Embeds the product text, builds the search index and trains the default models.";
        }
        if (r.ready()) {
            return r.models().isEmpty() ? "Text vectors and search index ready"
                    + (r.events() == 0 ? "; import a behaviour log to train models." : ".")
                    : "Text vectors, search index and models ready: " + String.join(", ", r.models()) + ".";
        }
        List<String> missing = new ArrayList<>();
        if (!r.encoded()) {
            missing.add("text vectors");
        }
        if (!r.searchIndexed()) {
            missing.add("search index");
        }
        if (r.events() > 0 && !r.missingModels().isEmpty()) {
            missing.add("models (" + String.join(", ", r.missingModels()) + ")");
        }
        return "Still to make: " + String.join(", ", missing) + ". Takes a minute or two on the sample.";
    }
}
