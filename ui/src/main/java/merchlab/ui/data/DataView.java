package merchlab.ui.data;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.browse.EventRow;
import merchlab.catalog.ProductRow;
import merchlab.ui.format.Formats;

/** The Data section: figures, then tabs with the product table, the event table and the import history. */
public final class DataView {
    private final DataViewModel model;
    private final SummaryCards cards = new SummaryCards();
    private final Button refresh = new Button("Refresh");
    private final Button importFiles = new Button("Import files…");
    private final Button emptyImport = new Button("Import files…");
    private final TabPane tabs = new TabPane();
    private final ImportHistoryTable history;
    private PagedTable<ProductRow> products;

    public DataView(DataViewModel model) {
        this.model = model;
        this.history = new ImportHistoryTable(model);
    }

    public Node createView() {
        Label title = new Label("Data");
        title.getStyleClass().add("section-title");
        Label location = new Label();
        location.getStyleClass().add("section-subtitle");
        location.textProperty().bind(model.locationProperty());
        VBox heading = new VBox(2, title, location);
        refresh.setId("refreshData");
        refresh.setTooltip(new Tooltip("Read the workspace again (Ctrl+R)"));
        importFiles.setId("importFiles");
        importFiles.getStyleClass().add("accent");
        importFiles.setTooltip(new Tooltip("Import catalogs, behaviour logs or judgments (Ctrl+I)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, heading, spacer, refresh, importFiles);
        header.setAlignment(Pos.CENTER_LEFT);

        tabs.setId("dataTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the hidden tabs are built the first time they are shown: fewer nodes to style before the first frame
        tabs.getTabs().addAll(tab("Products", productsTable()), lazyTab("Events", this::eventsTable),
                lazyTab("Imports", history::createView));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox root = new VBox(16, header, cards.createCards(), cards.createTypeStrip(), emptyState(), tabs);
        root.getStyleClass().addAll("section", "data-section");
        root.setId("dataView");
        initListeners();
        return root;
    }

    private Node productsTable() {
        PagedTable<ProductRow> table = new PagedTable<>(model.products(), "products",
                "Filter by id, title, brand, category or colour");
        products = table;
        table.column("ID", "id", 110, ProductRow::id);
        table.column("Title", "title", 340, ProductRow::title);
        table.column("Brand", "brand", 130, ProductRow::brand);
        table.column("Category", "category", 230, ProductRow::category);
        table.numberColumn("Price", "price", 110, r -> Formats.price(r.price(), r.currency()));
        table.column("Availability", "availability", 110, ProductRow::availability);
        table.column("Colour", "color", 90, ProductRow::color);
        table.column("Size", "size", 70, ProductRow::size);
        return table.createView();
    }

    private Node eventsTable() {
        PagedTable<EventRow> table = new PagedTable<>(model.events(), "events",
                "Filter by shopper, session, type, product, query or device");
        table.column("Time (UTC)", "timestamp", 178, r -> Formats.dateTime(r.timestamp()));
        Pills.render(table.column("Type", "type", 120, EventRow::type));
        table.column("Shopper", "shopper", 120, EventRow::shopperId);
        table.column("Session", "session", 120, EventRow::sessionId);
        table.column("Product", "product", 110, EventRow::productId);
        table.column("Query", "query", 180, EventRow::query);
        table.numberColumn("Position", "position", 80, r -> r.position() == null ? "" : r.position().toString());
        table.column("Device", "device", 90, EventRow::device);
        table.numberColumn("Dwell", "dwell", 80, r -> Formats.millis(r.dwellMs()));
        table.numberColumn("Price", "price", 90, r -> Formats.price(r.price(), null));
        table.numberColumn("Qty", "quantity", 60, r -> r.quantity() == null ? "" : r.quantity().toString());
        return table.createView();
    }

    private Node emptyState() {
        Label heading = new Label("This workspace is empty");
        heading.getStyleClass().add("empty-title");
        Label text = new Label("Import a product catalog and behaviour logs (CSV, TSV or JSON Lines) to browse "
                + "them here and train models on them.");
        text.setWrapText(true);
        emptyImport.setId("emptyImport");
        emptyImport.getStyleClass().add("accent");
        VBox box = new VBox(8, heading, text, emptyImport);
        box.getStyleClass().add("empty-state");
        box.setId("emptyState");
        box.visibleProperty().bind(model.emptyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Tab lazyTab(String title, java.util.function.Supplier<Node> content) {
        Tab tab = tab(title, null);
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab" + title);
        return tab;
    }

    private void initListeners() {
        refresh.setOnAction(e -> model.refresh());
        // the keyboard starts in the product filter, not on the first button
        tabs.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(products::focusFilter);
            }
        });
        importFiles.setOnAction(e -> model.requestImport());
        emptyImport.setOnAction(e -> model.requestImport());
        model.summaryProperty().addListener((obs, old, now) -> cards.show(now));
        cards.show(model.summaryProperty().get());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                model.showTab(DataViewModel.Tab.values()[now.intValue()]));
        tabs.getSelectionModel().select(model.tabProperty().get().ordinal());
        tabs.getTabs().get(2).textProperty().bind(Bindings.createStringBinding(() -> model.imports().isEmpty()
                ? "Imports" : "Imports (" + model.imports().size() + ")", model.imports()));
    }
}
