package merchlab.ui.querysets;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import merchlab.eval.judged.QuerySet;
import merchlab.eval.judged.Ratings;
import merchlab.ui.ColumnHeaders;
import merchlab.ui.format.Formats;
import merchlab.ui.glossary.TermHelp;

/**
 * The Query sets section: which two rankings to compare and filters; the judged queries with both NDCG@10 figures and
 * the change, largest first; the picked query's two lists with each product's grade, unjudged ones marked, and the
 * buttons (or keys 1 to 4) that grade the picked result; "Open in Explore".
 */
public final class QuerySetsView {
    /** Every row of a top-10 list in view, so the page scrolls instead of the lists. */
    private static final double ROW_HEIGHT = 32;
    private static final double RESULT_ROWS_HEIGHT = 10 * ROW_HEIGHT + 36;

    private final QuerySetsViewModel model;
    private final ComboBox<String> sideA = new ComboBox<>();
    private final ComboBox<String> sideB = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<Integer> sample = new ComboBox<>();
    private final Button compare = new Button("Compare");
    private final TextField rater = new TextField();
    private final Label message = new Label();
    private final Label summary = new Label();
    private final TableView<QuerySet.Query> queries = new TableView<>();
    private final Label picked = new Label();
    private final Button openInExplore = new Button("Open in Explore");
    private final Label titleA = new Label();
    private final Label titleB = new Label();
    private final TableView<ResultRow> listA = new TableView<>();
    private final TableView<ResultRow> listB = new TableView<>();
    private final Label product = new Label();
    private final FlowPane grades = new FlowPane(6, 6);

    public QuerySetsView(QuerySetsViewModel model) {
        this.model = model;
    }

    public Node createView() {
        Label title = new Label("Query sets");
        title.getStyleClass().add("section-title");
        Label about = new Label("Judged queries scored by two rankings side by side, as Evaluate's judgments protocol "
                + "scores them: each ranking's top 10 for a visitor without a shopper (retrieval alone, or a saved "
                + "model re-ranking retrieval's candidates) against the workspace's judgments, largest change first. "
                + "Grade a result to add or correct a judgment: its query is scored again at once.");
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        VBox root = new VBox(12, title, about, form(), queriesTable(), detail());
        root.getStyleClass().add("section");
        root.setId("querySetsView");
        root.getStylesheets().add(QuerySetsView.class.getResource("/merchlab/ui/querysets/querysets.css")
                .toExternalForm());
        initListeners();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        page.setId("querySetsPage");
        return page;
    }

    private Node form() {
        sideA.setId("querySetsA");
        sideB.setId("querySetsB");
        for (ComboBox<String> side : java.util.List.of(sideA, sideB)) {
            side.setItems(model.sides());
            side.setConverter(sideNames());
        }
        kind.setId("querySetsKind");
        kind.setItems(model.kinds());
        language.setId("querySetsLanguage");
        language.setItems(model.languages());
        sample.setId("querySetsSample");
        sample.getItems().setAll(QuerySetsViewModel.SAMPLES);
        sample.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n == QuerySetsViewModel.ALL ? "all" : Formats.count(n) + " at random";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        compare.setId("querySetsCompare");
        compare.getStyleClass().add("accent");
        rater.setId("querySetsRater");
        rater.setPrefColumnCount(10);
        FlowPane choices = new FlowPane(8, 8, new Label("Compare A"), sideA, new Label("with B"), sideB,
                new Label("Queries"), sample, new Label("Kind"), kind, new Label("Language"), language, compare);
        choices.setAlignment(Pos.CENTER_LEFT);
        message.setId("querySetsMessage");
        message.setWrapText(true);
        summary.setId("querySetsSummary");
        summary.setWrapText(true);
        HBox summaryRow = new HBox(6, summary, TermHelp.of("NDCG@10"));
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        VBox card = new VBox(10, choices, message, summaryRow);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        return card;
    }

    private Node queriesTable() {
        queries.setId("querySetsQueries");
        queries.setItems(model.queries());
        queries.setPrefHeight(250);
        queries.setMinHeight(Region.USE_PREF_SIZE);
        queries.setPlaceholder(new Label("No judged queries to show"));
        queries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        queries.getColumns().add(column("Query", 180, QuerySet.Query::query));
        queries.getColumns().add(column("Kind", 100, q -> q.kind() == null ? "–" : q.kind()));
        queries.getColumns().add(column("Language", 80, QuerySet.Query::language));
        queries.getColumns().add(column("Judged", 70, q -> Formats.count(q.judged())));
        queries.getColumns().add(column("NDCG@10 A", 95, q -> Formats.metric(q.ndcgA())));
        queries.getColumns().add(column("NDCG@10 B", 95, q -> Formats.metric(q.ndcgB())));
        queries.getColumns().add(column("Change", 80, q -> Formats.change(q.change())));
        queries.getColumns().add(column("Unjudged A", 95, q -> percent(q.unjudgedA())));
        queries.getColumns().add(column("Unjudged B", 95, q -> percent(q.unjudgedB())));
        queries.getColumns().stream().skip(1).forEach(c -> c.setMaxWidth(1.4 * c.getMinWidth())); // the query grows
        queries.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(QuerySet.Query item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("change-up", "change-down");
                if (!empty && item != null && Math.abs(item.change()) > 1e-9) {
                    getStyleClass().add(item.change() > 0 ? "change-up" : "change-down");
                }
            }
        });
        Label caption = new Label("Judged queries, largest change first (change = B − A; unjudged = share of the "
                + "top 10 nobody graded)");
        caption.getStyleClass().add("subsection-title");
        caption.setWrapText(true);
        HBox head = new HBox(6, caption, TermHelp.of("unjudged"));
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, head, queries);
    }

    private Node detail() {
        picked.setId("querySetsPicked");
        picked.getStyleClass().add("subsection-title");
        picked.setWrapText(true);
        openInExplore.setId("querySetsOpenInExplore");
        HBox head = new HBox(10, picked, openInExplore);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(picked, Priority.ALWAYS);
        titleA.setWrapText(true);
        titleB.setWrapText(true);
        VBox a = new VBox(6, titleA, results(listA, "querySetsListA"));
        VBox b = new VBox(6, titleB, results(listB, "querySetsListB"));
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        a.setMinWidth(0);
        b.setMinWidth(0);
        HBox lists = new HBox(12, a, b);
        Label gradeCaption = new Label("Grade the picked result (keys 1–4):");
        gradeCaption.setMinWidth(Label.USE_PREF_SIZE);
        grades.getChildren().add(gradeCaption);
        for (int i = 0; i < Ratings.GRADES.size(); i++) {
            Ratings.Grade g = Ratings.GRADES.get(i);
            Button button = new Button((i + 1) + " " + g.label());
            button.setId("grade" + g.label());
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setOnAction(e -> model.rate(g));
            button.disableProperty().bind(model.selectedResultProperty().isNull());
            grades.getChildren().add(button);
        }
        grades.getChildren().addAll(TermHelp.of("judged grade"), new Label("as rater"), rater);
        grades.setAlignment(Pos.CENTER_LEFT);
        product.setId("querySetsProduct");
        product.setWrapText(true);
        VBox card = new VBox(10, head, lists, grades, product);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        return card;
    }

    private TableView<ResultRow> results(TableView<ResultRow> table, String id) {
        table.setId(id);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(RESULT_ROWS_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label("Pick a query"));
        table.getColumns().add(column("#", 44, r -> Integer.toString(r.rank())));
        table.getColumns().add(column("Grade", 105, ResultRow::grade));
        table.getColumns().add(column("By", 80, r -> r.rater() == null ? "" : r.rater()));
        table.getColumns().forEach(c -> c.setMaxWidth(1.3 * c.getMinWidth()));
        table.getColumns().add(column("Product", 200, ResultRow::title)); // the product takes the rest
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ResultRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("unjudged");
                if (!empty && item != null && !item.judged()) {
                    getStyleClass().add("unjudged");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProductProperty().set(now.productId());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String key = e.getText();
            int grade = key == null || key.length() != 1 ? -1 : key.charAt(0) - '1';
            if (grade >= 0 && grade < Ratings.GRADES.size()) {
                model.rate(Ratings.GRADES.get(grade));
                e.consume();
            }
        });
        return table;
    }

    private void initListeners() {
        sideA.valueProperty().bindBidirectional(model.sideAProperty());
        sideB.valueProperty().bindBidirectional(model.sideBProperty());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        language.valueProperty().bindBidirectional(model.languageProperty());
        sample.valueProperty().bindBidirectional(model.sampleProperty());
        rater.textProperty().bindBidirectional(model.raterProperty());
        compare.setOnAction(e -> model.compare());
        compare.disableProperty().bind(model.runningProperty());
        message.textProperty().bind(model.messageProperty());
        summary.textProperty().bind(model.summaryProperty());
        openInExplore.disableProperty().bind(model.selectedQueryProperty().isNull());
        openInExplore.setOnAction(e -> model.openInExplore());
        queries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedQueryProperty().set(now.query());
            }
        });
        model.queries().addListener((javafx.collections.ListChangeListener<QuerySet.Query>) c -> selectPicked());
        model.selectedQueryProperty().addListener((obs, old, now) -> {
            selectPicked();
            showPicked();
        });
        model.querySetProperty().addListener((obs, old, now) -> showPicked());
        model.resultsA().addListener((javafx.collections.ListChangeListener<ResultRow>) c -> showLists());
        model.resultsB().addListener((javafx.collections.ListChangeListener<ResultRow>) c -> showLists());
        model.selectedResultProperty().addListener((obs, old, now) -> showProduct(now));
        showPicked();
        showProduct(null);
    }

    private void selectPicked() {
        String q = model.selectedQueryProperty().get();
        QuerySet.Query selected = queries.getSelectionModel().getSelectedItem();
        if (q == null || selected != null && selected.query().equals(q)) {
            return;
        }
        model.queries().stream().filter(r -> r.query().equals(q)).findFirst().ifPresent(r -> {
            queries.getSelectionModel().select(r);
        });
    }

    private void showPicked() {
        String q = model.selectedQueryProperty().get();
        QuerySet set = model.querySetProperty().get();
        picked.setText(q == null ? "Pick a query to see both lists" : "\u201C" + q + "\u201D");
        titleA.setText(set == null ? "A" : "A · " + sideNames().toString(set.a()));
        titleB.setText(set == null ? "B" : "B · " + sideNames().toString(set.b()));
    }

    private void showLists() {
        String keep = model.selectedProductProperty().get();
        listA.getItems().setAll(model.resultsA());
        listB.getItems().setAll(model.resultsB());
        reselect(listA, keep);
        reselect(listB, keep);
    }

    private static void reselect(TableView<ResultRow> table, String productId) {
        if (productId == null) {
            return;
        }
        ObservableList<ResultRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).productId().equals(productId)) {
                table.getSelectionModel().select(i);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private void showProduct(ResultRow r) {
        if (r == null) {
            product.setText("Pick a result in either list to grade it; unjudged results read \"not judged\".");
            return;
        }
        String facts = String.join(" · ", java.util.stream.Stream.of(r.productId(), r.title(), r.category(), r.price())
                .filter(s -> s != null && !s.isBlank()).toList());
        product.setText(facts + " — " + (r.judged() ? "judged " + r.grade() + " by " + r.rater() : "not judged yet"));
    }

    private static StringConverter<String> sideNames() {
        return new StringConverter<>() {
            @Override
            public String toString(String side) {
                return side == null ? "" : QuerySetsViewModel.SEARCH.equals(side) ? "search (retrieval alone)" : side;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        return ColumnHeaders.readable(c);
    }
}
