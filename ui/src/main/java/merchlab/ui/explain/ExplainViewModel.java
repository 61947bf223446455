package merchlab.ui.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.explain.HeldOutImportance;
import merchlab.explain.ItemExplanation;
import merchlab.explain.ProductExplainer;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.ProductLink;
import merchlab.ui.VisitContext;
import merchlab.ui.Workbench;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.RunningTask;
import merchlab.workspace.Workspace;

/**
 * The Explain section's state: the chosen saved model; its permutation importance per feature and group on the
 * held-out result lists (a cancellable background task with progress); and one product's explanation for an optional
 * shopper, query and context (attributions from the baseline to the score, reasons, completeness error).
 */
public final class ExplainViewModel {
    /** Products listed at most for one filter text. */
    public static final int LISTED = 300;

    // properties
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final IntegerProperty lists = new SimpleIntegerProperty(this, "lists", 200);
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 5);
    private final ReadOnlyObjectWrapper<HeldOutImportance.Result> importance = new ReadOnlyObjectWrapper<>(this,
            "importance");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper importanceMessage = new ReadOnlyStringWrapper(this, "importanceMessage", "");
    private final List<ProductChoice> catalog = new ArrayList<>();
    private final ObservableList<ProductChoice> products = FXCollections.observableArrayList();
    private final StringProperty productFilter = new SimpleStringProperty(this, "productFilter", "");
    private final ObjectProperty<ProductChoice> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty shopper = new SimpleStringProperty(this, "shopper", "");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final VisitContext visit = new VisitContext();
    private final ReadOnlyObjectWrapper<ItemExplanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyBooleanWrapper explaining = new ReadOnlyBooleanWrapper(this, "explaining");
    private final ReadOnlyStringWrapper explanationMessage = new ReadOnlyStringWrapper(this, "explanationMessage", "");

    private final Workbench workbench;
    private final ModelKinds kinds;
    private final Function<Workspace, ShopData> shopData;
    private RunningTask measurement;
    private int asked;
    private ProductLink followed;

    public ExplainViewModel(Workbench workbench, ShopServices services) {
        this.workbench = workbench;
        this.kinds = services.kinds();
        this.shopData = services.data();
        workbench.workspaceProperty().addListener((obs, old, now) -> refresh());
        workbench.dataVersionProperty().addListener((obs, old, now) -> refresh());
        productFilter.addListener((obs, old, now) -> filterProducts());
        workbench.productLinkProperty().addListener(obs -> follow(workbench.productLinkProperty().get()));
        model.addListener((obs, old, now) -> {
            importance.set(null);
            explanation.set(null);
        });
        refresh();
    }

    /** Saved models, newest first. */
    public ObservableList<String> models() {
        return models;
    }

    /** The model explained; changing it clears the results shown. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** Held-out result lists the importance is measured on. */
    public IntegerProperty listsProperty() {
        return lists;
    }

    /** Shuffles per feature (at least 2, for the confidence interval). */
    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    /** The latest importance report of the chosen model, or null. */
    public ReadOnlyObjectProperty<HeldOutImportance.Result> importanceProperty() {
        return importance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    /** Fraction of the importance measurement done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importanceMessageProperty() {
        return importanceMessage.getReadOnlyProperty();
    }

    /** Catalog products whose id or title contains the filter text (at most {@link #LISTED}). */
    public ObservableList<ProductChoice> products() {
        return products;
    }

    public StringProperty productFilterProperty() {
        return productFilter;
    }

    /** The product to explain. */
    public ObjectProperty<ProductChoice> productProperty() {
        return product;
    }

    /** The shopper whose logged history counts, blank for an anonymous visitor. */
    public StringProperty shopperProperty() {
        return shopper;
    }

    /** The search query, blank for a recommendation. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The visit's device, hour and weekday. */
    public VisitContext visit() {
        return visit;
    }

    /** The latest explanation, or null. */
    public ReadOnlyObjectProperty<ItemExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty explainingProperty() {
        return explaining.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationMessageProperty() {
        return explanationMessage.getReadOnlyProperty();
    }

    // commands

    /** Reads the saved models and the catalog's products again. */
    public void refresh() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null) {
            models.clear();
            catalog.clear();
            products.clear();
            return;
        }
        workbench.tasks().submit("Reading models and products", context -> {
            List<String> names = new ModelStore(ws).list().stream().map(SavedModel::name).toList();
            ShopCatalog c = ShopCatalog.load(ws);
            List<ProductChoice> choices = new ArrayList<>(c.size());
            for (int p = 0; p < c.size(); p++) {
                choices.add(new ProductChoice(c.id(p), c.title(p)));
            }
            return new Listed(names, choices);
        }, listed -> {
            models.setAll(listed.models());
            if (model.get() == null || !listed.models().contains(model.get())) {
                model.set(listed.models().isEmpty() ? null : listed.models().get(0));
            }
            catalog.clear();
            catalog.addAll(listed.products());
            filterProducts();
            follow(workbench.productLinkProperty().get());
        }, error -> explanationMessage.set("Could not read models and products: " + ProblemText.reason(error)));
    }

    /** Measures the chosen model's permutation importance in the background; one measurement at a time. */
    public void measureImportance() {
        Workspace ws = workbench.workspaceProperty().get();
        String name = model.get();
        if (ws == null || name == null || measuring.get()) {
            return;
        }
        int listCount = lists.get();
        int repeatCount = repeats.get();
        importance.set(null);
        progress.set(0);
        measuring.set(true);
        importanceMessage.set("Measuring importance of " + name + "…");
        measurement = workbench.tasks().submit("Importance of " + name, context -> {
            try (ShopData data = shopData.apply(ws)) {
                SavedModel saved = new ModelStore(ws).load(name);
                return new HeldOutImportance(data).run(saved, listCount, repeatCount, 42, context.cancelToken(),
                        context::progress);
            }
        }, result -> {
            measuring.set(false);
            progress.set(1);
            if (name.equals(model.get())) {
                importance.set(result);
            }
            importanceMessage.set(String.format(java.util.Locale.ROOT,
                    "%d impressions in %d held-out lists, AUC %.3f, %d shuffles each, %s%s", result.report().impressions(),
                    result.lists(), result.report().auc(), result.report().repeats(), Formats.seconds(result.seconds()),
                    result.trainedOnTestPeriod() ? " (the model saw this period: figures are optimistic)" : ""));
        }, error -> {
            measuring.set(false);
            importanceMessage.set(error instanceof CancelledException ? "Importance cancelled"
                    : "Importance failed: " + ProblemText.reason(error));
        });
        measurement.progressProperty().addListener((obs, old, now) -> {
            if (measuring.get() && now.doubleValue() >= 0) {
                progress.set(now.doubleValue());
            }
        });
    }

    /** Asks the running importance measurement to stop. */
    public void cancelImportance() {
        if (measurement != null && measuring.get()) {
            measurement.cancel();
        }
    }

    /** Explains the chosen product's score under the chosen model for the shopper, query and context. */
    public void explain() {
        Workspace ws = workbench.workspaceProperty().get();
        String name = model.get();
        ProductChoice chosen = product.get();
        if (ws == null || name == null) {
            return;
        }
        if (chosen == null) {
            explanationMessage.set("Choose a product to explain");
            return;
        }
        String user = blankToNull(shopper.get());
        String text = blankToNull(query.get());
        Context visitContext = visit.context();
        int ticket = ++asked;
        explaining.set(true);
        explanationMessage.set("Explaining " + chosen.id() + "…");
        workbench.tasks().submit("Explaining " + chosen.id(), context -> {
            try (ShopData data = shopData.apply(ws);
                 Recommender r = kinds.open(new ModelStore(ws).load(name), data)) {
                if (user != null && !data.behaviour().knowsShopper(user)) {
                    throw new MerchLabException("no shopper '" + user + "' in the logs");
                }
                List<String> history = user == null ? List.of() : data.behaviour().history(user, Long.MAX_VALUE);
                return new ProductExplainer(r, data).explain(new ScoringRequest(user, history, text, visitContext), chosen.id());
            }
        }, e -> {
            if (ticket == asked) {
                explaining.set(false);
                explanation.set(e);
                explanationMessage.set(summary(e));
            }
        }, error -> {
            if (ticket == asked) {
                explaining.set(false);
                explanation.set(null);
                explanationMessage.set("Could not explain: " + ProblemText.reason(error));
            }
        });
    }

    /** One line about an explanation: score, baseline and completeness, or the history for other models. */
    static String summary(ItemExplanation e) {
        if (!e.hasAttributions()) {
            return String.format(java.util.Locale.ROOT, "score %.4f; %d history products left out one at a time",
                    e.score(), e.history().size());
        }
        return String.format(java.util.Locale.ROOT,
                "predicted CTR %s from baseline %s; completeness error %.2f%% (%d steps)", Formats.ctr(e.score()),
                Formats.ctr(e.baselineScore()), 100 * e.completenessError(), e.steps());
    }

    /** Shows the product (and shopper) a link in another section asked for, once the catalog is read. */
    private void follow(ProductLink link) {
        if (link == null || link == followed || catalog.isEmpty()) {
            return;
        }
        followed = link;
        productFilter.set(link.productId());
        ProductChoice found = products.stream().filter(p -> p.id().equals(link.productId())).findFirst().orElse(null);
        if (found == null) {
            explanationMessage.set("Product " + link.productId() + " is not in this workspace's catalog");
            return;
        }
        product.set(found);
        shopper.set(link.shopper() == null ? "" : link.shopper());
        explain();
    }

    private void filterProducts() {
        String text = productFilter.get() == null ? "" : productFilter.get();
        List<ProductChoice> found = new ArrayList<>();
        for (ProductChoice p : catalog) {
            if (p.matches(text)) {
                found.add(p);
                if (found.size() == LISTED) {
                    break;
                }
            }
        }
        products.setAll(found);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Listed(List<String> models, List<ProductChoice> products) {
    }
}
