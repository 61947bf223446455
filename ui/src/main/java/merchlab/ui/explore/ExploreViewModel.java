package merchlab.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.browse.ShopperDirectory;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.ModelStore;
import merchlab.model.SavedModel;
import merchlab.scoring.ShopExplorer;
import merchlab.search.IntentFilter;
import merchlab.scoring.ShopScorers;
import merchlab.search.ProductSearch;
import merchlab.ui.VisitContext;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.workspace.Workspace;

/**
 * The Explore section's state: a shopper picked from a searchable list or a typed query, the visit's context, the
 * model, a second model and a baseline; and the ranked products with predicted CTR, the query's parsed intent and each
 * product's rank under the baseline and the other model. Every change recomputes in the background, newest ask only.
 */
public final class ExploreViewModel {
    /** Shoppers the picker lists at most. */
    public static final int SHOPPERS_SHOWN = 200;

    // properties
    private final StringProperty shopperFilter = new SimpleStringProperty(this, "shopperFilter", "");
    private final ObservableList<ShopperDirectory.Shopper> shoppers = FXCollections.observableArrayList();
    private final ObjectProperty<String> shopper = new SimpleObjectProperty<>(this, "shopper");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final VisitContext visit = new VisitContext();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<String> compareTo = new SimpleObjectProperty<>(this, "compareTo");
    private final ObservableList<String> baselines = FXCollections.observableArrayList();
    private final ObjectProperty<String> baseline = new SimpleObjectProperty<>(this, "baseline", "popularity");
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", 10);
    private final ObservableList<ExploreRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ExploreRow> comparedRows = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedProduct = new SimpleObjectProperty<>(this, "selectedProduct");
    private final ReadOnlyObjectWrapper<ShopExplorer.Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final ObservableList<ShopExplorer.Explained> explanations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper intent = new ReadOnlyStringWrapper(this, "intent", "");
    private final ObservableList<FilterChip> filterChips = FXCollections.observableArrayList();
    private final java.util.Set<IntentFilter> ignoredFilters = java.util.EnumSet.noneOf(IntentFilter.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Workbench workbench;
    private final ExploreSession session;
    private Asked lastAsked;
    private final LatestOnly<Asked, ShopExplorer.Answer> explorations;
    private final LatestOnly<ShopperAsk, List<ShopperDirectory.Shopper>> shopperSearch;
    private final LatestOnly<ExplainAsk, List<ShopExplorer.Explained>> explaining;

    /** One ask with the workspace and data version it was made for. */
    record Asked(Workspace workspace, long version, ShopExplorer.Ask ask) {
    }

    /** Why the asked list's models score one product as they do. */
    record ExplainAsk(Asked asked, String productId) {
    }

    /** Shoppers whose id contains {@code filter}. */
    record ShopperAsk(Workspace workspace, String filter) {
    }

    public ExploreViewModel(Workbench workbench, ModelKinds kinds, Function<Workspace, ShopData> shopData,
                            Function<Workspace, ProductSearch> search) {
        this.workbench = workbench;
        this.session = new ExploreSession(kinds, shopData, search);
        baselines.setAll(kinds.baselines().stream().map(ModelKind::name).toList());
        if (!baselines.isEmpty() && !baselines.contains(baseline.get())) {
            baseline.set(baselines.get(0));
        }
        this.explorations = new LatestOnly<>(workbench.tasks(), "Ranking products", asked -> context -> {
            synchronized (session) {
                return session.explorer(asked.workspace(), asked.version()).explore(asked.ask(), context.cancelToken());
            }
        }, (asked, a) -> {
            lastAsked = asked;
            show(a);
        }, (asked, error) -> failed(error));
        this.shopperSearch = new LatestOnly<>(workbench.tasks(), "Finding shoppers",
                asked -> context -> new ShopperDirectory(asked.workspace()).find(asked.filter(), SHOPPERS_SHOWN),
                (asked, found) -> shoppers.setAll(found),
                (asked, error) -> message.set("Could not list shoppers: " + ProblemText.reason(error)));
        this.explaining = new LatestOnly<>(workbench.tasks(), "Explaining a score", asked -> context -> {
            Asked a = asked.asked();
            synchronized (session) {
                return session.explorer(a.workspace(), a.version()).explain(a.ask(), asked.productId());
            }
        }, (asked, found) -> {
            if (asked.productId().equals(selectedProduct.get())) {
                explanations.setAll(found);
            }
        }, (asked, error) -> message.set("Could not explain " + asked.productId() + ": " + ProblemText.reason(error)));
        selectedProduct.addListener((obs, old, now) -> explainSelected());
        workbench.workspaceProperty().addListener((obs, old, now) -> {
            if (old != null) {
                closeSession();
            }
            reload();
        });
        workbench.dataVersionProperty().addListener((obs, old, now) -> reload());
        shopperFilter.addListener((obs, old, now) -> findShoppers());
        List<Observable> inputs = new java.util.ArrayList<>(List.of(shopper, query, model, compareTo, baseline, top));
        inputs.addAll(visit.observables());
        query.addListener((Observable obs) -> ignoredFilters.clear());
        for (Observable o : inputs) {
            o.addListener(obs -> explore());
        }
        reload();
    }

    /** Part of a shopper id; the picker lists the most active matching shoppers. */
    public StringProperty shopperFilterProperty() {
        return shopperFilter;
    }

    public ObservableList<ShopperDirectory.Shopper> shoppers() {
        return shoppers;
    }

    /** The shopper to rank for, or null for an anonymous visitor. */
    public ObjectProperty<String> shopperProperty() {
        return shopper;
    }

    /** What the shopper typed; blank means recommendations. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The visit's device, hour and weekday. */
    public VisitContext visit() {
        return visit;
    }

    /** The saved models. */
    public ObservableList<String> models() {
        return models;
    }

    /** The model whose list is shown first. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** A second model shown beside the first, or null. */
    public ObjectProperty<String> compareToProperty() {
        return compareTo;
    }

    public ObservableList<String> baselines() {
        return baselines;
    }

    /** The baseline kind whose ranks are shown beside the model's. */
    public ObjectProperty<String> baselineProperty() {
        return baseline;
    }

    /** Products per list. */
    public IntegerProperty topProperty() {
        return top;
    }

    /** The model's list, best first. */
    public ObservableList<ExploreRow> rows() {
        return rows;
    }

    /** The second model's list, best first; empty without a second model. */
    public ObservableList<ExploreRow> comparedRows() {
        return comparedRows;
    }

    /** The product picked in either list, or null. */
    public ObjectProperty<String> selectedProductProperty() {
        return selectedProduct;
    }

    /**
     * Why the selected product scores as it does: one explanation per shown model (attributions and a waterfall for a
     * ranker, the history that drove it for other models, reasons for both); empty without a selection.
     */
    public ObservableList<ShopExplorer.Explained> explanations() {
        return explanations;
    }

    /** The latest answer, or null. */
    public ReadOnlyObjectProperty<ShopExplorer.Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The filters the shown search took from its query, each removable with {@link #removeFilter}. */
    public ObservableList<FilterChip> filterChips() {
        return filterChips;
    }

    /** Takes a filter the query stated off and ranks again; typing another query puts every such filter back. */
    public void removeFilter(IntentFilter filter) {
        ignoredFilters.add(filter);
        explore();
    }

    /** The query's parsed intent in one line; empty for recommendations. */
    public ReadOnlyStringProperty intentProperty() {
        return intent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a ranking is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return explorations.runningProperty();
    }

    // commands

    /** Ranks again for the current shopper, query, context and models (in the background, newest ask only). */
    public void explore() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        String q = query.get() == null || query.get().isBlank() ? null : query.get().strip();
        if (model.get() == null) {
            explorations.forget();
            clear(models.isEmpty() ? "Train a model first: Explore ranks with a saved model" : "Choose a model");
            return;
        }
        if (shopper.get() == null && q == null) {
            explorations.forget();
            clear("Pick a shopper or type a query");
            return;
        }
        String other = compareTo.get() == null || compareTo.get().equals(model.get()) ? null : compareTo.get();
        Context context = visit.context();
        message.set("Ranking…");
        explorations.ask(new Asked(ws, workbench.dataVersionProperty().get(), new ShopExplorer.Ask(shopper.get(), q,
                context, model.get(), other, baseline.get(), Math.max(1, top.get()), ignoredFilters)));
    }

    /** Explains the selected product under the shown models (in the background, newest selection only). */
    public void explainSelected() {
        ShopExplorer.Answer a = answer.get();
        String product = selectedProduct.get();
        if (a == null || product == null || lastAsked == null || !lastAsked.ask().equals(a.ask())) {
            explaining.forget();
            explanations.clear();
            return;
        }
        explaining.ask(new ExplainAsk(lastAsked, product));
    }

    /** Lists the shoppers matching the filter again. */
    public void findShoppers() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws != null) {
            shopperSearch.ask(new ShopperAsk(ws, shopperFilter.get()));
        }
    }

    /** Reads the model list and the shoppers again, then ranks again. */
    public void reload() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            models.clear();
            shoppers.clear();
            clear("");
            return;
        }
        findShoppers();
        workbench.tasks().submit("Reading models", context -> {
            ModelStore store = new ModelStore(ws);
            List<String> names = store.list().stream().map(SavedModel::name).toList();
            String preferred = names.isEmpty() ? null : ShopScorers.forShoppers(store, null).name();
            return new Models(names, preferred);
        }, found -> {
            models.setAll(found.names());
            if (compareTo.get() != null && !found.names().contains(compareTo.get())) {
                compareTo.set(null);
            }
            if (model.get() == null || !found.names().contains(model.get())) {
                model.set(found.preferred());
            }
            explore();
        }, error -> message.set("Could not read the models: " + ProblemText.reason(error)));
    }

    /** Frees the models, search index and encoder of the previous workspace, in the background. */
    private void closeSession() {
        workbench.tasks().submit("Closing the previous workspace's models", context -> {
            synchronized (session) {
                session.close();
            }
            return Boolean.TRUE;
        }, closed -> { });
    }

    private record Models(List<String> names, String preferred) {
    }

    private void show(ShopExplorer.Answer a) {
        answer.set(a);
        rows.setAll(ExploreRow.list(a, ShopExplorer.Answer.MODEL, a.compared() ? ShopExplorer.Answer.COMPARED : -1));
        comparedRows.setAll(a.compared() ? ExploreRow.list(a, ShopExplorer.Answer.COMPARED, ShopExplorer.Answer.MODEL) : List.of());
        intent.set(a.intent() == null ? "" : IntentLine.of(a.intent()));
        filterChips.setAll(FilterChip.of(a.filters(), a.fromQuery()));
        if (selectedProduct.get() != null && a.comparison().rows().stream().noneMatch(
                r -> r.productId().equals(selectedProduct.get()))) {
            selectedProduct.set(null);
        } else {
            explainSelected();
        }
        String who = a.ask().shopper() == null ? "an anonymous visitor"
                : a.ask().shopper() + (a.knownShopper() ? "" : " (no logged history)");
        message.set(String.format(Locale.ROOT, "%d candidates for %s, ranked in %.0f ms",
                a.comparison().rows().size(), who, a.milliseconds()));
    }

    private void failed(Throwable error) {
        clear("Could not rank: " + ProblemText.reason(error));
    }

    private void clear(String text) {
        answer.set(null);
        lastAsked = null;
        selectedProduct.set(null);
        explanations.clear();
        rows.clear();
        comparedRows.clear();
        intent.set("");
        filterChips.clear();
        message.set(text);
    }

}
