package merchlab.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import merchlab.browse.ProductCards;
import merchlab.browse.ShopperDirectory;
import merchlab.catalog.ProductRow;
import merchlab.model.Context;
import merchlab.model.ModelKind;
import merchlab.scoring.Comparison;
import merchlab.scoring.ShopExplorer;
import merchlab.scoring.ShopScorers;
import merchlab.search.IntentFilter;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.ExploreRequests;
import merchlab.ui.VisitContext;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.LatestOnly;
import merchlab.workspace.Workspace;

/**
 * The Explore section's state: a shopper picked from a searchable list or a typed query, the visit's context, the
 * model, a second model and a baseline; and the ranked products with predicted CTR, the query's parsed intent and each
 * product's rank under the baseline and the other model. Every change recomputes in the background, newest ask only.
 * Before any model is saved, the lists follow retrieval alone.
 */
public final class ExploreViewModel {
    /** Shoppers the picker lists at most. */
    public static final int SHOPPERS_SHOWN = 200;
    /** Actions of the shopper's recent history shown at most. */
    public static final int HISTORY_SHOWN = 12;

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
    private final ReadOnlyObjectWrapper<ExploreRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ObservableList<ProductCards.Action> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper judged = new ReadOnlyBooleanWrapper(this, "judged");
    private final ReadOnlyObjectWrapper<ShopExplorer.Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final ObservableList<ShopExplorer.Explained> explanations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper intent = new ReadOnlyStringWrapper(this, "intent", "");
    private final ObservableList<FilterChip> filterChips = FXCollections.observableArrayList();
    private final java.util.Set<IntentFilter> ignoredFilters = java.util.EnumSet.noneOf(IntentFilter.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper rankFailed = new ReadOnlyBooleanWrapper(this, "rankFailed");

    private final Workbench workbench;
    private final ExploreSession session;
    private Asked lastAsked;
    private boolean shopperPicked;
    private final LatestOnly<Asked, Shown> explorations;
    private final LatestOnly<HistoryAsk, List<ProductCards.Action>> histories;
    private final LatestOnly<ShopperAsk, List<ShopperDirectory.Shopper>> shopperSearch;
    private final LatestOnly<ExplainAsk, List<ShopExplorer.Explained>> explaining;

    /** One ask with the workspace and data version it was made for. */
    record Asked(Workspace workspace, long version, ShopExplorer.Ask ask) {
    }

    /** Why the asked list's models score one product as they do. */
    record ExplainAsk(Asked asked, String productId) {
    }

    /** An answer with the catalog facts of its candidates and the query's judged grades. */
    record Shown(ShopExplorer.Answer answer, Map<String, ProductRow> products, Map<String, Double> grades) {
    }

    /** The recent history of one shopper. */
    record HistoryAsk(Workspace workspace, String shopper) {
    }

    /** Shoppers whose id contains {@code filter}. */
    record ShopperAsk(Workspace workspace, String filter) {
    }

    public ExploreViewModel(Workbench workbench, ShopServices services) {
        this.workbench = workbench;
        this.session = new ExploreSession(services.kinds(), services.data(), services.search());
        baselines.setAll(services.kinds().baselines().stream().map(ModelKind::name).toList());
        if (!baselines.isEmpty() && !baselines.contains(baseline.get())) {
            baseline.set(baselines.get(0));
        }
        this.explorations = new LatestOnly<>(workbench.tasks(), "Ranking products", asked -> context -> {
            ShopExplorer.Answer a;
            synchronized (session) {
                a = session.explorer(asked.workspace(), asked.version()).explore(asked.ask(), context.cancelToken());
            }
            ProductCards cards = new ProductCards(asked.workspace());
            return new Shown(a, cards.cards(a.comparison().rows().stream().map(Comparison.Row::productId).toList()),
                    cards.grades(asked.ask().query()));
        }, (asked, shown) -> {
            lastAsked = asked;
            show(shown);
        }, (asked, error) -> failed(error));
        this.histories = new LatestOnly<>(workbench.tasks(), "Reading the shopper's history",
                asked -> context -> new ProductCards(asked.workspace()).history(asked.shopper(), HISTORY_SHOWN),
                (asked, found) -> history.setAll(found),
                (asked, error) -> message.set("Could not read the history: " + ProblemText.reason(error)));
        this.shopperSearch = new LatestOnly<>(workbench.tasks(), "Finding shoppers",
                asked -> context -> new ShopperDirectory(asked.workspace()).find(asked.filter(), SHOPPERS_SHOWN),
                (asked, found) -> {
                    shoppers.setAll(found);
                    pickFirstShopper();
                },
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
        selectedProduct.addListener((obs, old, now) -> {
            explainSelected();
            selectedRow.set(findRow(now));
        });
        shopper.addListener((obs, old, now) -> readHistory());
        workbench.workspaceProperty().addListener((obs, old, now) -> {
            if (old != null) {
                closeSession();
            }
            shopperPicked = false;
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

    /** The picked product's row (full title, catalog facts, grade), or null. */
    public ReadOnlyObjectProperty<ExploreRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The shopper's newest searches, clicks, views, add-to-carts and purchases, newest first. */
    public ObservableList<ProductCards.Action> history() {
        return history;
    }

    /** True when the shown query has judged products (the lists then show their grades). */
    public ReadOnlyBooleanProperty judgedProperty() {
        return judged.getReadOnlyProperty();
    }

    /** The latest answer, or null. */
    public ReadOnlyObjectProperty<ShopExplorer.Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The filters the shown search took from its query, each removable with {@link #removeFilter}. */
    public ObservableList<FilterChip> filterChips() {
        return filterChips;
    }

    /**
     * Shows what other sections ask Explore to show ("Open in Explore" in Query sets): the request waiting now, and
     * each one asked later.
     */
    public void follow(ExploreRequests requests) {
        requests.pendingProperty().addListener((obs, old, now) -> {
            if (now != null) {
                open(requests.take());
            }
        });
        if (requests.pendingProperty().get() != null) {
            open(requests.take());
        }
    }

    /** A visitor without a shopper searching the request's query, under the request's models. */
    private void open(ExploreRequests.Request request) {
        shopperPicked = true; // the first list of shoppers must not pick one over the asked visit
        shopper.set(null);
        if (request.model() != null) {
            model.set(request.model());
        }
        compareTo.set(request.compareTo());
        query.set(request.query());
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

    /** True after a ranking failed (for example on a workspace not prepared yet): the view offers to prepare it. */
    public ReadOnlyBooleanProperty rankFailedProperty() {
        return rankFailed.getReadOnlyProperty();
    }

    /** Prepares the workspace (vectors, search index, default models), then ranks again when it is done. */
    public void prepareWorkspace() {
        workbench.requestPrepare();
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
        if (model.get() == null && !models.isEmpty()) {
            explorations.forget();
            clear("Choose a model");
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

    /** Reads the picked shopper's recent history again (empty for an anonymous visitor). */
    public void readHistory() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null || shopper.get() == null) {
            histories.forget();
            history.clear();
            return;
        }
        histories.ask(new HistoryAsk(ws, shopper.get()));
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
        readHistory();
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

    /** On a workspace's first list of shoppers, ranks for the most active one, so the page opens with lists. */
    private void pickFirstShopper() {
        if (!shopperPicked && !shoppers.isEmpty() && shopper.get() == null
                && (query.get() == null || query.get().isBlank())) {
            shopperPicked = true;
            shopper.set(shoppers.get(0).id());
        }
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

    private void show(Shown shown) {
        ShopExplorer.Answer a = shown.answer();
        rankFailed.set(false);
        answer.set(a);
        rows.setAll(ExploreRow.list(a, ShopExplorer.Answer.MODEL, a.compared() ? ShopExplorer.Answer.COMPARED : -1,
                shown.products(), shown.grades()));
        comparedRows.setAll(a.compared() ? ExploreRow.list(a, ShopExplorer.Answer.COMPARED, ShopExplorer.Answer.MODEL,
                shown.products(), shown.grades()) : List.of());
        judged.set(!shown.grades().isEmpty());
        selectedRow.set(findRow(selectedProduct.get()));
        intent.set(a.intent() == null ? "" : IntentLine.of(a.intent(), a.corrections()));
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

    private ExploreRow findRow(String productId) {
        if (productId == null) {
            return null;
        }
        return java.util.stream.Stream.concat(rows.stream(), comparedRows.stream())
                .filter(r -> r.productId().equals(productId)).findFirst().orElse(null);
    }

    private void failed(Throwable error) {
        clear("Could not rank: " + ProblemText.reason(error));
        rankFailed.set(true);
    }

    private void clear(String text) {
        rankFailed.set(false);
        answer.set(null);
        lastAsked = null;
        selectedProduct.set(null);
        explanations.clear();
        rows.clear();
        comparedRows.clear();
        judged.set(false);
        intent.set("");
        filterChips.clear();
        message.set(text);
    }

}
