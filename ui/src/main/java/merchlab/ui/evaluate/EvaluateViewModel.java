package merchlab.ui.evaluate;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.eval.curves.ClickCurves;
import merchlab.eval.curves.CurveFilter;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.eval.temporal.TestLists;
import merchlab.features.ShopData;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.TrainingListener;
import merchlab.shop.ShopServices;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.workspace.Workspace;

/**
 * The Evaluate section's state: the latest stored results per model and protocol, tabulated one protocol at a time, a
 * command that evaluates every model beside the baselines, and the curves of the chosen model under the chosen filter
 * (device, top category, days).
 */
public final class EvaluateViewModel {
    /** A day with fewer impressions than this is named under the CTR-per-day chart. */
    private static final int THIN_DAY = 30;

    // properties
    private final ObservableList<EvaluationStore.Run> results = FXCollections.observableArrayList();
    private final ObservableList<String> protocols = FXCollections.observableArrayList();
    private final ObjectProperty<String> protocol = new SimpleObjectProperty<>(this, "protocol");
    private final ReadOnlyObjectWrapper<ResultTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<CurveFilter> filter = new SimpleObjectProperty<>(this, "filter", CurveFilter.all());
    private final ReadOnlyObjectWrapper<ClickCurves.Curves> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Workbench workbench;
    private final ModelKinds kinds;
    private final Function<Workspace, ShopData> shopData;
    private int asked;

    public EvaluateViewModel(Workbench workbench, ShopServices services) {
        this.workbench = workbench;
        this.kinds = services.kinds();
        this.shopData = services.data();
        workbench.workspaceProperty().addListener((obs, old, now) -> refresh());
        workbench.dataVersionProperty().addListener((obs, old, now) -> refresh());
        results.addListener((javafx.collections.ListChangeListener<EvaluationStore.Run>) change -> tabulate());
        protocol.addListener((obs, old, now) -> tabulate());
        refresh();
    }

    /** The newest result per model and protocol. */
    public ObservableList<EvaluationStore.Run> results() {
        return results;
    }

    /** The protocols with stored results: temporal first. */
    public ObservableList<String> protocols() {
        return protocols;
    }

    /** The protocol whose results the table shows. */
    public ObjectProperty<String> protocolProperty() {
        return protocol;
    }

    /** The chosen protocol's results as the table shows them, or null before any result. */
    public ReadOnlyObjectProperty<ResultTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Saved models whose curves can be drawn. */
    public ObservableList<String> models() {
        return models;
    }

    /** The model the charts show; setting it recomputes the curves. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** Which impressions the charts count; setting it recomputes the curves. */
    public ObjectProperty<CurveFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<ClickCurves.Curves> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // commands

    /** Reads stored results and the model list again. */
    public void refresh() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            results.clear();
            models.clear();
            return;
        }
        workbench.tasks().submit("Reading evaluation results", context -> new Stored(new EvaluationStore(ws).latest(),
                new ModelStore(ws).list().stream().map(SavedModel::name).toList()), stored -> {
                    results.setAll(stored.runs());
                    models.setAll(stored.models());
                    if (model.get() == null || !stored.models().contains(model.get())) {
                        model.set(stored.models().isEmpty() ? null : stored.models().get(0));
                    }
                }, error -> message.set("Could not read results: " + ProblemText.reason(error)));
    }

    /** Evaluates every saved model beside the baselines under the temporal protocol and stores the results. */
    public void evaluate() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        message.set("Evaluating…");
        workbench.tasks().submit("Evaluating models", context -> {
            try (ShopData data = shopData.apply(ws)) {
                return new TemporalEvaluation(data, kinds, new ModelStore(ws), new EvaluationStore(ws))
                        .run(TemporalSplit.of(data), null, new TrainingListener() {
                            @Override
                            public void message(String text) {
                                context.message(text);
                            }
                        }, context.cancelToken());
            }
        }, report -> {
            message.set("Evaluated " + report.results().size() + " models in "
                    + merchlab.ui.format.Formats.seconds(report.seconds()));
            refresh();
        }, error -> message.set("Evaluation failed: " + ProblemText.reason(error)));
    }

    /** Computes the chosen model's curves under the current filter. */
    public void drawCurves() {
        Workspace ws = workbench.workspaceProperty().get();
        String name = model.get();
        CurveFilter f = filter.get();
        if (ws == null || name == null) {
            curves.set(null);
            return;
        }
        int ticket = ++asked;
        workbench.tasks().submit("Computing curves of " + name, context -> {
            try (ShopData data = shopData.apply(ws)) {
                TemporalSplit split = TemporalSplit.of(data);
                TestLists test = TestLists.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE), data.catalog(),
                        split.cutoff());
                try (Recommender r = kinds.open(new ModelStore(ws).load(name), data)) {
                    return new ClickCurves(test, data.catalog()).of(r, f, context.cancelToken());
                }
            }
        }, c -> {
            if (ticket == asked) {
                curves.set(c);
                message.set(c.impressions() == 0 ? "No test impressions match these filters"
                        : c.impressions() + " test impressions of " + name);
            }
        }, error -> message.set("Could not compute the curves: " + ProblemText.reason(error)));
    }

    /**
     * Days of the CTR-per-day chart with few impressions, whose rate says little: "2024-03-09: 1 impression, 0 clicks";
     * empty when every day has at least {@code 30}.
     */
    public static String thinDays(ClickCurves.Curves c) {
        List<String> thin = new java.util.ArrayList<>();
        for (int i = 0; i < c.day().length; i++) {
            long n = (long) c.impressionsByDay()[i];
            if (n < THIN_DAY) {
                long clicks = Math.round(c.observedByDay()[i] * n);
                thin.add(merchlab.ui.format.Formats.date((long) c.day()[i]) + ": " + n
                        + (n == 1 ? " impression, " : " impressions, ") + clicks + (clicks == 1 ? " click" : " clicks"));
            }
        }
        return thin.isEmpty() ? "" : "Few impressions, wide bands: " + String.join("; ", thin);
    }

    private void tabulate() {
        List<String> present = ResultTable.protocols(results);
        if (!protocols.equals(present)) {
            protocols.setAll(present);
        }
        if (present.isEmpty()) {
            protocol.set(null);
            table.set(null);
            return;
        }
        if (protocol.get() == null || !present.contains(protocol.get())) {
            protocol.set(present.get(0));
            return; // the protocol's listener tabulates
        }
        table.set(ResultTable.of(protocol.get(), results, k -> kinds.names().contains(k) && kinds.get(k).isBaseline()));
    }

    private record Stored(List<EvaluationStore.Run> runs, List<String> models) {
    }
}
