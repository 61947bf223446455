package merchlab.ui.querysets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.browse.ProductCards;
import merchlab.catalog.ProductRow;
import merchlab.eval.judged.JudgedReport;
import merchlab.eval.judged.Judgments;
import merchlab.eval.judged.QueryKinds;
import merchlab.eval.judged.QuerySet;
import merchlab.eval.judged.QuerySetComparison;
import merchlab.eval.judged.Ratings;
import merchlab.eval.stats.PairedComparison;
import merchlab.features.ShopData;
import merchlab.scoring.ShopScorers;
import merchlab.search.ProductSearch;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.ui.ExploreRequests;
import merchlab.ui.Workbench;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.workspace.Workspace;

/**
 * The Query sets section's state: two rankings to compare (retrieval alone or a saved model re-ranking its candidates),
 * the judged queries with each one's NDCG@10 under both, largest change first, filtered by kind and language; the
 * picked query's two lists with each product's grade; and the commands to grade a result by hand and to open the
 * query in Explore. The comparison runs in the background; a grade rescores its query at once.
 */
public final class QuerySetsViewModel {
    /** The kind filter's entry for every kind. */
    public static final String ANY_KIND = "any kind";
    /** The language filter's entry for every language. */
    public static final String ANY_LANGUAGE = "any language";
    /** The side of retrieval alone. */
    public static final String SEARCH = JudgedReport.SEARCH;
    /** Every judged query, for {@link #sampleProperty}. */
    public static final int ALL = 0;
    /** How many judged queries a comparison may draw: a sample keeps a large query set quick, all is exact. */
    public static final List<Integer> SAMPLES = List.of(200, 500, 1000, ALL);
    /** Seed of the drawn queries, so that the same queries are drawn for every pair of sides. */
    public static final long SEED = 42;

    // properties
    private final ObservableList<String> sides = FXCollections.observableArrayList(SEARCH);
    private final ObjectProperty<String> sideA = new SimpleObjectProperty<>(this, "sideA", SEARCH);
    private final ObjectProperty<String> sideB = new SimpleObjectProperty<>(this, "sideB", SEARCH);
    private final ObservableList<String> kinds = FXCollections.observableArrayList(ANY_KIND);
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind", ANY_KIND);
    private final ObservableList<String> languages = FXCollections.observableArrayList(ANY_LANGUAGE);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", ANY_LANGUAGE);
    private final ObjectProperty<Integer> sample = new SimpleObjectProperty<>(this, "sample", 500);
    private final ReadOnlyObjectWrapper<QuerySet> querySet = new ReadOnlyObjectWrapper<>(this, "querySet");
    private final ObservableList<QuerySet.Query> queries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<String> selectedQuery = new SimpleObjectProperty<>(this, "selectedQuery");
    private final ObservableList<ResultRow> resultsA = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> resultsB = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedProduct = new SimpleObjectProperty<>(this, "selectedProduct");
    private final ReadOnlyObjectWrapper<ResultRow> selectedResult = new ReadOnlyObjectWrapper<>(this, "selectedResult");
    private final StringProperty rater = new SimpleStringProperty(this, "rater", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    private final Workbench workbench;
    private final ShopServices services;
    private final ExploreRequests explore;
    private boolean choosingSides;
    private int compared;
    private int shown;

    /**
     * @param rater    the name a hand rating is stored under until the person types another (the account's name)
     * @param explore  where "Open in Explore" puts its request
     */
    public QuerySetsViewModel(Workbench workbench, ShopServices services, ExploreRequests explore, String rater) {
        this.workbench = workbench;
        this.services = services;
        this.explore = explore;
        this.rater.set(rater == null ? "" : rater);
        workbench.workspaceProperty().addListener((obs, old, now) -> reload());
        workbench.dataVersionProperty().addListener((obs, old, now) -> reload());
        sideA.addListener((obs, old, now) -> compareUnlessChoosing());
        sideB.addListener((obs, old, now) -> compareUnlessChoosing());
        sample.addListener((obs, old, now) -> compare());
        kind.addListener((obs, old, now) -> applyFilter());
        language.addListener((obs, old, now) -> applyFilter());
        selectedQuery.addListener((obs, old, now) -> showResults());
        selectedProduct.addListener((obs, old, now) -> selectedResult.set(find(now)));
        reload();
    }

    /** {@link #SEARCH} and the saved models that can re-rank retrieval's candidates. */
    public ObservableList<String> sides() {
        return sides;
    }

    /** The ranking compared against (A). */
    public ObjectProperty<String> sideAProperty() {
        return sideA;
    }

    /** The ranking compared (B); the change is B minus A. */
    public ObjectProperty<String> sideBProperty() {
        return sideB;
    }

    /** {@link #ANY_KIND} and the kinds the query set names. */
    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    /** {@link #ANY_LANGUAGE} and the queries' languages. */
    public ObservableList<String> languages() {
        return languages;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /**
     * How many judged queries are compared at most, drawn at random with {@link #SEED} ({@link #ALL}: every one);
     * one of {@link #SAMPLES} by default, 500 (BENCHMARKS.md, "Query sets": re-ranking all 3,008 judged queries of
     * the small sample shop takes minutes on a busy laptop).
     */
    public ObjectProperty<Integer> sampleProperty() {
        return sample;
    }

    /** The latest comparison over the compared judged queries, or null before one. */
    public ReadOnlyObjectProperty<QuerySet> querySetProperty() {
        return querySet.getReadOnlyProperty();
    }

    /** The judged queries the filters let through, largest change first. */
    public ObservableList<QuerySet.Query> queries() {
        return queries;
    }

    /** The filtered queries in one line: how many, both sides' mean NDCG@10, the change, its interval and p-value. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The query whose lists are shown, or null. */
    public ObjectProperty<String> selectedQueryProperty() {
        return selectedQuery;
    }

    /** What A shows for the picked query, with grades. */
    public ObservableList<ResultRow> resultsA() {
        return resultsA;
    }

    /** What B shows for the picked query, with grades. */
    public ObservableList<ResultRow> resultsB() {
        return resultsB;
    }

    /** The product picked in either list, the one {@link #rate} grades. */
    public ObjectProperty<String> selectedProductProperty() {
        return selectedProduct;
    }

    /** The picked product's row, or null. */
    public ReadOnlyObjectProperty<ResultRow> selectedResultProperty() {
        return selectedResult.getReadOnlyProperty();
    }

    /** The name hand ratings are stored under. */
    public StringProperty raterProperty() {
        return rater;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a comparison is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // commands

    /** Reads the models that can be compared, then compares again. */
    public void reload() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            show(null);
            return;
        }
        workbench.tasks().submit("Reading models for the query sets", context -> {
            ModelStore store = services.models(ws);
            return new Sides(QuerySetComparison.models(store, services.kinds()),
                    QuerySetComparison.defaultModel(store, services.kinds()));
        }, found -> {
            choosingSides = true;
            try {
                List<String> all = new ArrayList<>(List.of(SEARCH));
                all.addAll(found.models());
                sides.setAll(all);
                if (!all.contains(sideA.get())) {
                    sideA.set(SEARCH);
                }
                if (!all.contains(sideB.get()) || SEARCH.equals(sideB.get())) {
                    sideB.set(found.preferred());
                }
            } finally {
                choosingSides = false;
            }
            compare();
        }, error -> message.set("Could not read the models: " + ProblemText.reason(error)));
    }

    /** Scores every judged query under both sides (in the background; the newest ask wins). */
    public void compare() {
        Workspace ws = workbench.workspaceProperty().get();
        String a = sideA.get();
        String b = sideB.get();
        if (ws == null || a == null || b == null) {
            return;
        }
        int limit = sample.get() == null ? ALL : sample.get();
        int ticket = ++compared;
        running.set(true);
        message.set("Ranking the judged queries…");
        workbench.tasks().submit("Scoring the judged queries", context -> {
            Judgments all = Judgments.load(ws, 0);
            int judged = all.queries().size();
            if (judged == 0) {
                return new Compared(QuerySet.empty(a, b), 0);
            }
            Judgments drawn = limit == ALL ? all : all.sample(limit, SEED);
            Map<String, String> kindsOf = QueryKinds.read(ws);
            try (ShopData data = services.data(ws); ProductSearch products = services.search(ws);
                 ShopScorers scorers = services.scorers(data)) {
                return new Compared(new QuerySetComparison(products, scorers).compare(drawn, kindsOf, a, b,
                        context::message, context.cancelToken()), judged);
            }
        }, done -> {
            if (ticket == compared) {
                running.set(false);
                show(done.set());
                if (done.judged() > done.set().queries().size()) {
                    message.set(String.format(Locale.ROOT, "%s of %s judged queries, drawn at random, ranked and "
                            + "scored in %s", Formats.count(done.set().queries().size()), Formats.count(done.judged()),
                            Formats.seconds(done.set().seconds())));
                }
            }
        }, error -> {
            if (ticket == compared) {
                running.set(false);
                show(null);
                message.set("Could not score the judged queries: " + ProblemText.reason(error));
            }
        });
    }

    /**
     * Stores {@code grade} as the picked query's judgment of the picked product by the rater, then rescores the query
     * (its row keeps its place until the next comparison).
     */
    public void rate(Ratings.Grade grade) {
        Workspace ws = workbench.workspaceProperty().get();
        String query = selectedQuery.get();
        String product = selectedProduct.get();
        if (ws == null || query == null || product == null || querySet.get() == null || grade == null) {
            message.set("Pick a result in one of the lists to rate it");
            return;
        }
        String who = rater.get() == null ? "" : rater.get().strip();
        if (who.isEmpty()) {
            message.set("Type your name as the rater first: every grade is stored with who gave it");
            return;
        }
        workbench.tasks().submit("Saving a rating", context -> {
            new Ratings(ws).rate(query, product, grade.gain(), who, System.currentTimeMillis());
            return grade;
        }, saved -> {
            QuerySet now = querySet.get();
            if (now == null || now.row(query) == null) {
                return;
            }
            QuerySet after = now.rated(query, product, saved.gain());
            QuerySet.Query before = now.row(query);
            QuerySet.Query row = after.row(query);
            querySet.set(after);
            int at = indexOf(query);
            if (at >= 0) {
                queries.set(at, row);
            }
            summarise();
            showResults();
            message.set(String.format(Locale.ROOT, "%s rated %s for \"%s\" by %s; NDCG@10 %s %s → %s, %s %s → %s",
                    product, saved.label(), query, who, after.a(), Formats.metric(before.ndcgA()),
                    Formats.metric(row.ndcgA()), after.b(), Formats.metric(before.ndcgB()),
                    Formats.metric(row.ndcgB())));
        }, error -> message.set("Could not store the rating: " + ProblemText.reason(error)));
    }

    /** Shows the picked query in Explore, for a visitor without a shopper, under the compared models. */
    public void openInExplore() {
        String query = selectedQuery.get();
        if (query == null) {
            return;
        }
        String a = sideA.get();
        String b = sideB.get();
        String model = !SEARCH.equals(b) ? b : !SEARCH.equals(a) ? a : null;
        String other = model != null && !SEARCH.equals(a) && !a.equals(model) ? a : null;
        explore.ask(new ExploreRequests.Request(query, model, other));
        workbench.showSection("explore");
    }

    /** Reads the picked query's two lists with titles, catalog facts and raters (in the background). */
    public void showResults() {
        Workspace ws = workbench.workspaceProperty().get();
        QuerySet set = querySet.get();
        String query = selectedQuery.get();
        int ticket = ++shown;
        if (ws == null || set == null || query == null || set.row(query) == null) {
            resultsA.clear();
            resultsB.clear();
            selectedResult.set(null);
            return;
        }
        List<QuerySet.Result> a = set.results(query, set.a());
        List<QuerySet.Result> b = set.results(query, set.b());
        workbench.tasks().submit("Reading the judged results", context -> {
            List<String> ids = new ArrayList<>();
            a.forEach(r -> ids.add(r.productId()));
            b.forEach(r -> ids.add(r.productId()));
            Map<String, ProductRow> products = new ProductCards(ws).cards(ids);
            Map<String, Ratings.Rating> ratings = new Ratings(ws).of(query);
            return new Shown(ResultRow.of(a, products, ratings), ResultRow.of(b, products, ratings));
        }, found -> {
            if (ticket == shown) {
                resultsA.setAll(found.a());
                resultsB.setAll(found.b());
                selectedResult.set(find(selectedProduct.get()));
            }
        }, error -> message.set("Could not read the results: " + ProblemText.reason(error)));
    }

    private record Sides(List<String> models, String preferred) {
    }

    /** A comparison over drawn queries, and how many judged queries there are in all. */
    private record Compared(QuerySet set, int judged) {
    }

    private record Shown(List<ResultRow> a, List<ResultRow> b) {
    }

    private void compareUnlessChoosing() {
        if (!choosingSides) {
            compare();
        }
    }

    private void show(QuerySet set) {
        querySet.set(set);
        List<String> k = new ArrayList<>(List.of(ANY_KIND));
        List<String> l = new ArrayList<>(List.of(ANY_LANGUAGE));
        if (set != null) {
            k.addAll(set.kinds());
            l.addAll(set.languages());
        }
        kinds.setAll(k);
        languages.setAll(l);
        if (!k.contains(kind.get())) {
            kind.set(ANY_KIND);
        }
        if (!l.contains(language.get())) {
            language.set(ANY_LANGUAGE);
        }
        applyFilter();
        if (set == null) {
            message.set("");
        } else if (set.queries().isEmpty()) {
            message.set("This workspace has no judged query with a relevant product: import judgments (query, "
                    + "product, grade) from the Data section");
        } else {
            message.set(set.queries().size() + " judged queries ranked and scored in "
                    + Formats.seconds(set.seconds()));
        }
    }

    private void applyFilter() {
        QuerySet set = querySet.get();
        List<QuerySet.Query> rows = set == null ? List.of()
                : set.filter(ANY_KIND.equals(kind.get()) ? null : kind.get(),
                        ANY_LANGUAGE.equals(language.get()) ? null : language.get());
        queries.setAll(rows);
        summarise();
        if (selectedQuery.get() == null || rows.stream().noneMatch(q -> q.query().equals(selectedQuery.get()))) {
            selectedQuery.set(rows.isEmpty() ? null : rows.get(0).query());
        } else {
            showResults();
        }
    }

    private void summarise() {
        QuerySet set = querySet.get();
        if (set == null || queries.isEmpty()) {
            summary.set("");
            return;
        }
        List<QuerySet.Query> rows = List.copyOf(queries);
        long better = rows.stream().filter(q -> q.change() > 1e-9).count();
        long worse = rows.stream().filter(q -> q.change() < -1e-9).count();
        double meanA = rows.stream().mapToDouble(QuerySet.Query::ndcgA).average().orElse(0);
        double meanB = rows.stream().mapToDouble(QuerySet.Query::ndcgB).average().orElse(0);
        String line = String.format(Locale.ROOT, "%s queries · mean NDCG@10 A %s, B %s", Formats.count(rows.size()),
                Formats.metric(meanA), Formats.metric(meanB));
        if (!set.a().equals(set.b())) {
            PairedComparison c = QuerySet.compare(rows);
            line += String.format(Locale.ROOT, " · change %s [95%%: %s, %s] p %s · %d better, %d worse, %d the same",
                    Formats.change(c.delta()), Formats.change(c.ciLow()), Formats.change(c.ciHigh()),
                    Formats.metric(c.pValue()), better, worse, rows.size() - better - worse);
        }
        summary.set(line);
    }

    private int indexOf(String query) {
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).query().equals(query)) {
                return i;
            }
        }
        return -1;
    }

    private ResultRow find(String productId) {
        if (productId == null) {
            return null;
        }
        return java.util.stream.Stream.concat(resultsA.stream(), resultsB.stream())
                .filter(r -> r.productId().equals(productId)).findFirst().orElse(null);
    }
}
