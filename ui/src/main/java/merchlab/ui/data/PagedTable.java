package merchlab.ui.data;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A table bound to a {@link PagedTableViewModel}: a filter field, a pager, and columns whose header clicks sort on
 * the workspace side rather than within the page.
 */
public final class PagedTable<T> {
    private final PagedTableViewModel<T> model;
    private final String id;
    private final String filterPrompt;
    private final TableView<T> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Button first = new Button("«");
    private final Button previous = new Button("‹");
    private final Button next = new Button("›");
    private final Button last = new Button("»");
    private final Label range = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();

    /** {@code id} prefixes the node ids ("products" gives #productsTable, #productsFilter, #productsNext, ...). */
    public PagedTable(PagedTableViewModel<T> model, String id, String filterPrompt) {
        this.model = model;
        this.id = id;
        this.filterPrompt = filterPrompt;
    }

    /** Adds a text column; {@code sortKey} is the browser's sort key, or {@code null} for an unsortable column. */
    public TableColumn<T, String> column(String title, String sortKey, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(cell.getValue()))));
        column.setUserData(sortKey);
        column.setSortable(sortKey != null);
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return column;
    }

    /** Adds a right-aligned column for numbers. */
    public TableColumn<T, String> numberColumn(String title, String sortKey, double width, Function<T, String> value) {
        TableColumn<T, String> column = column(title, sortKey, width, value);
        column.getStyleClass().add("numeric");
        return column;
    }

    /** Puts the keyboard in the filter field. */
    public void focusFilter() {
        filter.requestFocus();
    }

    public TableView<T> table() {
        return table;
    }

    public Node createView() {
        table.setId(id + "Table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label();
        placeholder.getStyleClass().add("muted");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then("Loading…").otherwise("No rows"));
        table.setPlaceholder(placeholder);
        filter.setId(id + "Filter");
        filter.setPromptText(filterPrompt);
        filter.getStyleClass().add("search-field");
        filter.setPrefColumnCount(28);
        first.setId(id + "First");
        previous.setId(id + "Previous");
        next.setId(id + "Next");
        last.setId(id + "Last");
        first.setTooltip(new Tooltip("First page"));
        previous.setTooltip(new Tooltip("Previous page"));
        next.setTooltip(new Tooltip("Next page"));
        last.setTooltip(new Tooltip("Last page"));
        for (Button b : new Button[] {first, previous, next, last}) {
            b.getStyleClass().add("pager-button");
            b.setFocusTraversable(false);
        }
        range.setId(id + "Range");
        range.getStyleClass().add("pager-range");
        range.textProperty().bind(model.rangeProperty());
        loading.setMaxSize(16, 16);
        loading.getStyleClass().add("small-spinner");
        loading.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, filter, loading, spacer, first, previous, range, next, last);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("table-toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, toolbar, table);
        box.getStyleClass().add("paged-table");
        initListeners();
        return box;
    }

    private void initListeners() {
        filter.textProperty().addListener((obs, old, now) -> model.filter(now));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        first.setOnAction(e -> model.firstPage());
        previous.setOnAction(e -> model.previousPage());
        next.setOnAction(e -> model.nextPage());
        last.setOnAction(e -> model.lastPage());
        first.disableProperty().bind(model.hasPreviousProperty().not());
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        next.disableProperty().bind(model.hasNextProperty().not());
        last.disableProperty().bind(model.hasNextProperty().not());
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                model.sortBy(null, true);
            } else {
                TableColumn<T, ?> column = t.getSortOrder().get(0);
                model.sortBy((String) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true; // the rows arrive sorted from the workspace
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
