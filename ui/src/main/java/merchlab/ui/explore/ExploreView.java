package merchlab.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.browse.ProductCards;
import merchlab.browse.ShopperDirectory;
import merchlab.ui.VisitPicker;
import merchlab.ui.format.Formats;
import merchlab.ui.glossary.TermHelp;

/**
 * The Explore section: the shopper picker, the query and context, the model choices, the parsed intent and the two
 * ranked lists side by side.
 */
public final class ExploreView {
    private static final String NONE = "(none)";

    private final ExploreViewModel model;
    private final TextField shopperFilter = new TextField();
    private final ListView<ShopperDirectory.Shopper> shoppers = new ListView<>();
    private final Button anonymous = new Button("Anonymous visitor");
    private final TextField query = new TextField();
    private final ComboBox<String> models = new ComboBox<>();
    private final ComboBox<String> compareTo = new ComboBox<>();
    private final ComboBox<String> baseline = new ComboBox<>();
    private final Spinner<Integer> top = new Spinner<>(1, 100, 10);
    private final Label who = new Label();
    private final Label intent = new Label();
    private final HBox chips = new HBox(6);
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final RankTable first;
    private final RankTable second;
    private final ExplanationPane explanation;
    private final ProductDetail detail;
    private final ListView<ProductCards.Action> history = new ListView<>();
    private final Label firstTitle = new Label();
    private final Label secondTitle = new Label();

    public ExploreView(ExploreViewModel model) {
        this.model = model;
        this.first = new RankTable("exploreRanks", model.rows());
        this.second = new RankTable("exploreComparedRanks", model.comparedRows());
        this.explanation = new ExplanationPane(model.explanations());
        this.detail = new ProductDetail(model.selectedRowProperty());
    }

    public Node createView() {
        Label title = new Label("Explore");
        title.getStyleClass().add("section-title");
        busy.setPrefSize(18, 18);
        busy.setId("exploreBusy");
        message.setId("exploreMessage");
        message.getStyleClass().add("muted");
        Button prepare = new Button("Prepare workspace");
        prepare.setId("explorePrepare");
        prepare.setMinWidth(Button.USE_PREF_SIZE);
        prepare.visibleProperty().bind(model.rankFailedProperty());
        prepare.managedProperty().bind(prepare.visibleProperty());
        prepare.setOnAction(e -> model.prepareWorkspace());
        HBox header = new HBox(12, title, busy, message, prepare);
        header.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Label.USE_PREF_SIZE);
        HBox body = new HBox(14, shopperPane(), mainPane());
        HBox.setHgrow(body.getChildren().get(1), Priority.ALWAYS);
        // the window's page scrolls as a whole: lists, explanation and chart keep readable heights at any size
        VBox root = new VBox(12, header, body);
        root.getStyleClass().add("section");
        root.setId("exploreView");
        root.getStylesheets().add(ExploreView.class.getResource("/merchlab/ui/explore/explore.css").toExternalForm());
        initListeners();
        return root;
    }

    private Node shopperPane() {
        Label caption = new Label("Shopper");
        caption.getStyleClass().add("subsection-title");
        shopperFilter.setId("shopperFilter");
        shopperFilter.setPromptText("search shopper ids");
        shoppers.setId("shopperList");
        shoppers.setItems(model.shoppers());
        shoppers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShopperDirectory.Shopper s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                if (empty || s == null) {
                    setGraphic(null);
                } else {
                    Label meta = new Label(String.format(Locale.ROOT, "%d events · %d clicks", s.events(), s.clicks()));
                    meta.getStyleClass().add("shopper-meta");
                    setGraphic(new VBox(1, new Label(s.id()), meta));
                }
                setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(String.format(Locale.ROOT,
                        "%s: %d events, %d clicks, %d purchases", s.id(), s.events(), s.clicks(), s.purchases())));
            }
        });
        VBox.setVgrow(shoppers, Priority.ALWAYS);
        anonymous.setId("anonymousVisitor");
        anonymous.setMaxWidth(Double.MAX_VALUE);
        shoppers.setPrefHeight(300);
        shoppers.setMinHeight(200);
        Label recent = new Label("Recent history");
        recent.getStyleClass().add("subsection-title");
        history.setId("shopperHistory");
        history.setItems(model.history());
        history.setPrefHeight(320);
        history.setMinHeight(160);
        Label noHistory = new Label("No history: pick a shopper");
        noHistory.setWrapText(true); // the history column is narrow at 1280x720
        history.setPlaceholder(noHistory);
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProductCards.Action a, boolean empty) {
                super.updateItem(a, empty);
                setText(null);
                if (empty || a == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label when = new Label(Formats.dayAndMinute(a.ts()) + " · " + a.type().replace('_', ' '));
                when.getStyleClass().add("history-time");
                String what = a.productId() == null ? "\"" + a.query() + "\""
                        : a.title() == null ? a.productId() : a.title();
                Label item = new Label(what);
                item.setWrapText(true);
                item.setMinWidth(0);
                VBox box = new VBox(1, when, item);
                box.setMinWidth(0);
                box.prefWidthProperty().bind(list.widthProperty().subtract(34));
                setGraphic(box);
                setTooltip(new javafx.scene.control.Tooltip(what + (a.productId() == null ? "" : " (" + a.productId()
                        + ")")));
            }
        });
        VBox pane = new VBox(8, caption, shopperFilter, shoppers, anonymous, recent, history);
        pane.getStyleClass().add("card");
        pane.setStyle("-fx-min-width: 210; -fx-pref-width: 230;");
        return pane;
    }

    private Node mainPane() {
        query.setId("exploreQuery");
        query.setPromptText("type a query as a shopper would, or leave empty for recommendations");
        List<ComboBox<String>> visit = new VisitPicker("explore", model.visit()).boxes();
        models.setId("exploreModel");
        models.setItems(model.models());
        compareTo.setId("exploreCompareTo");
        baseline.setId("exploreBaseline");
        baseline.setItems(model.baselines());
        top.setId("exploreTop");
        top.setEditable(true);
        top.setPrefWidth(80);
        HBox queryRow = row(new Label("Query"), query);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox contextRow = row(new Label("Context"), visit.get(0), visit.get(1), visit.get(2), new Label("top"), top);
        HBox modelRow = row(new Label("Model"), models, new Label("beside"), compareTo, new Label("baseline"),
                baseline);
        VBox form = new VBox(8, queryRow, contextRow, modelRow);
        who.setId("exploreWho");
        who.getStyleClass().add("subsection-title");
        intent.setId("exploreIntent");
        intent.getStyleClass().add("intent-line");
        chips.setId("filterChips");
        chips.setAlignment(Pos.CENTER_LEFT);
        HBox intentRow = new HBox(10, who, intent, chips);
        intentRow.setAlignment(Pos.CENTER_LEFT);
        Label up = legend("moved up", "legend-up");
        Label down = legend("moved down", "legend-down");
        Label in = legend("not in the other top list", "legend-in");
        Label against = new Label("Against the other model:");
        against.setMinWidth(Label.USE_PREF_SIZE);
        Label moves = new Label("Rank columns: \"106 ▲105\" = 106th under that model, 105 places lower than here"
                + " (▼ higher there).");
        moves.setWrapText(true);
        moves.setId("exploreRankLegend");
        FlowPane legend = new FlowPane(6, 4, against, up, down, in, moves, TermHelp.of("rank move"),
                new Label("CTR"), TermHelp.of("CTR"), new Label("baseline"), TermHelp.of("baseline"));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("muted");
        firstTitle.getStyleClass().add("subsection-title");
        secondTitle.getStyleClass().add("subsection-title");
        VBox left = new VBox(6, firstTitle, first.view());
        VBox right = new VBox(6, secondTitle, second.view());
        // the second list, when a model is picked beside the first, goes below it: each list gets the whole width
        right.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.comparedRows()));
        right.managedProperty().bind(right.visibleProperty());
        VBox lists = new VBox(12, left, right);
        // every row of the list in view: the page scrolls instead of the lists
        first.view().prefHeightProperty().bind(model.topProperty().multiply(RankTable.ROW_HEIGHT).add(34));
        second.view().prefHeightProperty().bind(first.view().prefHeightProperty());
        first.view().setMinHeight(Region.USE_PREF_SIZE);
        second.view().setMinHeight(Region.USE_PREF_SIZE);
        VBox why = new VBox(8, detail.view(), explanation.view());
        why.setId("exploreWhy");
        VBox pane = new VBox(10, form, intentRow, legend, lists, why);
        pane.setId("exploreMain");
        return pane;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().get(0).getStyleClass().add("form-label");
        ((Label) row.getChildren().get(0)).setMinWidth(56);
        return row;
    }

    private static Label legend(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    private void initListeners() {
        shopperFilter.textProperty().bindBidirectional(model.shopperFilterProperty());
        shoppers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.shopperProperty().set(now.id());
            }
        });
        model.shopperProperty().addListener((obs, old, now) -> showPicked(now));
        showPicked(model.shopperProperty().get());
        anonymous.setOnAction(e -> {
            shoppers.getSelectionModel().clearSelection();
            model.shopperProperty().set(null);
        });
        query.textProperty().bindBidirectional(model.queryProperty());
        models.valueProperty().bindBidirectional(model.modelProperty());
        baseline.valueProperty().bindBidirectional(model.baselineProperty());
        model.models().addListener((javafx.collections.ListChangeListener<String>) c -> compareChoices());
        compareChoices();
        compareTo.valueProperty().addListener((obs, old, now) -> model.compareToProperty().set(
                now == null || now.equals(NONE) ? null : now));
        top.valueProperty().addListener((obs, old, now) -> model.topProperty().set(now == null ? 10 : now));
        busy.visibleProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        intent.textProperty().bind(model.intentProperty());
        intent.visibleProperty().bind(model.intentProperty().isNotEmpty());
        model.filterChips().addListener((javafx.collections.ListChangeListener<FilterChip>) change -> chips());
        model.answerProperty().addListener((obs, old, now) -> titles());
        titles();
        selection(first.view(), second.view());
        selection(second.view(), first.view());
    }

    /** Selects the shopper the model ranks for in the list, where it is listed. */
    private void showPicked(String id) {
        ShopperDirectory.Shopper selected = shoppers.getSelectionModel().getSelectedItem();
        if (id != null && (selected == null || !selected.id().equals(id))) {
            shoppers.getItems().stream().filter(s -> s.id().equals(id)).findFirst()
                    .ifPresent(s -> shoppers.getSelectionModel().select(s));
        }
    }

    private void compareChoices() {
        String chosen = compareTo.getValue();
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(model.models());
        compareTo.getItems().setAll(choices);
        compareTo.setValue(chosen != null && choices.contains(chosen) ? chosen : NONE);
    }

    /** Picking a product in one list picks it in the model and, where it is listed, in the other list. */
    private void selection(TableView<ExploreRow> from, TableView<ExploreRow> to) {
        from.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            model.selectedProductProperty().set(now.productId());
            ExploreRow same = to.getItems().stream().filter(r -> r.productId().equals(now.productId())).findFirst()
                    .orElse(null);
            if (same == null) {
                to.getSelectionModel().clearSelection();
            } else if (to.getSelectionModel().getSelectedItem() != same) {
                to.getSelectionModel().select(same);
            }
        });
    }

    private void titles() {
        var a = model.answerProperty().get();
        if (a == null) {
            who.setText("");
            first.names(null, null);
            second.names(null, null);
            firstTitle.setText(model.modelProperty().get() == null ? "" : model.modelProperty().get());
            secondTitle.setText("");
            return;
        }
        var ask = a.ask();
        who.setText((ask.query() == null ? "Recommendations for " : "Search \"" + ask.query() + "\" by ")
                + (ask.shopper() == null ? "an anonymous visitor" : ask.shopper()));
        List<String> names = a.comparison().models();
        firstTitle.setText(names.get(0));
        secondTitle.setText(a.compared() ? names.get(2) : "Pick a second model to compare");
        first.names(names.get(1), a.compared() ? names.get(2) : null);
        second.names(names.get(1), a.compared() ? names.get(0) : null);
    }

    /** One button per filter the query stated; pressing it takes the filter off. */
    private void chips() {
        chips.getChildren().clear();
        for (FilterChip chip : model.filterChips()) {
            Button b = new Button(chip.label() + "  ✕");
            b.setId("filterChip-" + chip.filter().name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("filter-chip");
            b.setTooltip(new javafx.scene.control.Tooltip("Read from the query; click to search without it"));
            b.setOnAction(e -> model.removeFilter(chip.filter()));
            chips.getChildren().add(b);
        }
    }
}
