package merchlab.ui.data;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.browse.DataBrowser;
import merchlab.browse.EventRow;
import merchlab.catalog.ProductRow;
import merchlab.importer.ImportRun;
import merchlab.importer.Rejection;
import merchlab.ui.Workbench;
import merchlab.workspace.Workspace;
import merchlab.workspace.WorkspaceSummary;

/**
 * The Data section's state: summary figures of the open workspace, its product and event tables, and its import
 * history with the rejected rows of the chosen import. Everything reloads when the workspace or its data changes.
 */
public final class DataViewModel {
    /** The tabs of the Data section; only the one on screen reads its table. */
    public enum Tab { PRODUCTS, EVENTS, IMPORTS }

    /** Rows per table page. */
    public static final int PAGE_SIZE = 200;
    /** How many imports the history lists. */
    public static final int IMPORT_HISTORY = 50;

    // properties
    private final ReadOnlyObjectWrapper<WorkspaceSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ObservableList<ImportRun> imports = FXCollections.observableArrayList();
    private final ObservableList<ImportRun> importsView = FXCollections.unmodifiableObservableList(imports);
    private final ReadOnlyObjectWrapper<ImportRun> selectedImport = new ReadOnlyObjectWrapper<>(this, "selectedImport");
    private final ReadOnlyObjectWrapper<Tab> tab = new ReadOnlyObjectWrapper<>(this, "tab", Tab.PRODUCTS);

    private final Workbench workbench;
    private final Function<Workspace, DataBrowser> browsers;
    private final PagedTableViewModel<ProductRow> products;
    private final PagedTableViewModel<EventRow> events;
    private final PagedTableViewModel<Rejection> rejections;
    private DataBrowser browser;
    private int generation;

    public DataViewModel(Workbench workbench) {
        this(workbench, DataBrowser::new);
    }

    /** {@code browsers} makes the reader for a workspace (tests may count or slow it). */
    public DataViewModel(Workbench workbench, Function<Workspace, DataBrowser> browsers) {
        this.workbench = workbench;
        this.browsers = browsers;
        this.products = new PagedTableViewModel<>(workbench.tasks(), "products", PAGE_SIZE);
        this.events = new PagedTableViewModel<>(workbench.tasks(), "events", PAGE_SIZE);
        this.rejections = new PagedTableViewModel<>(workbench.tasks(), "rejected rows", PAGE_SIZE);
        events.setActive(false);
        rejections.setActive(false);
        workbench.workspaceProperty().addListener((obs, old, now) -> open(now));
        workbench.dataVersionProperty().addListener((obs, old, now) -> refresh());
        if (workbench.workspaceProperty().get() != null) {
            open(workbench.workspaceProperty().get());
        }
    }

    public PagedTableViewModel<ProductRow> products() {
        return products;
    }

    public PagedTableViewModel<EventRow> events() {
        return events;
    }

    /** The rejected rows of the chosen import. */
    public PagedTableViewModel<Rejection> rejections() {
        return rejections;
    }

    /** The open workspace's figures, or {@code null} until they are read. */
    public ReadOnlyObjectProperty<WorkspaceSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the workspace holds no products and no events: the screen invites an import. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The workspace file's path. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** The latest imports, newest first. */
    public ObservableList<ImportRun> imports() {
        return importsView;
    }

    public ReadOnlyObjectProperty<ImportRun> selectedImportProperty() {
        return selectedImport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tab> tabProperty() {
        return tab.getReadOnlyProperty();
    }

    // commands

    /** Reads the summary, the import history and the visible table again. */
    public void refresh() {
        Workspace workspace = workbench.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        browser = browsers.apply(workspace); // a fresh reader: row counts may have changed
        DataBrowser from = browser;
        products.swapSource(from::products);
        events.swapSource(from::events);
        ImportRun chosen = selectedImport.get();
        if (chosen != null) {
            rejections.swapSource(request -> from.rejections(chosen.id(), request));
        }
        loadSummary();
    }

    /** The user switched to {@code shown}: its table reads, the others rest. */
    public void showTab(Tab shown) {
        tab.set(shown);
        products.setActive(shown == Tab.PRODUCTS);
        events.setActive(shown == Tab.EVENTS);
        rejections.setActive(shown == Tab.IMPORTS);
    }

    /** Shows the rejected rows of {@code run} (or none for {@code null}). */
    public void selectImport(ImportRun run) {
        ImportRun previous = selectedImport.get();
        selectedImport.set(run);
        if (run == null) {
            rejections.setSource(null);
        } else if (previous == null || previous.id() != run.id() || browser == null) {
            DataBrowser from = browser;
            long id = run.id();
            rejections.setSource(request -> from.rejections(id, request));
        }
    }

    public void requestImport() {
        workbench.requestImport();
    }

    private void open(Workspace workspace) {
        generation++;
        summary.set(null);
        imports.clear();
        selectedImport.set(null);
        if (workspace == null) {
            browser = null;
            location.set("");
            products.setSource(null);
            events.setSource(null);
            rejections.setSource(null);
            return;
        }
        browser = browsers.apply(workspace);
        location.set(workspace.file().toString());
        DataBrowser from = browser;
        products.setSource(from::products);
        events.setSource(from::events);
        rejections.setSource(null);
        loadSummary();
    }

    private void loadSummary() {
        int asked = generation;
        DataBrowser from = browser;
        Workspace workspace = workbench.workspaceProperty().get();
        workbench.tasks().submit("Reading workspace summary",
                context -> new Loaded(WorkspaceSummary.of(workspace), from.imports(IMPORT_HISTORY)), loaded -> {
                    if (asked != generation) {
                        return;
                    }
                    summary.set(loaded.summary());
                    empty.set(loaded.summary().products() == 0 && loaded.summary().events() == 0);
                    ImportRun chosen = selectedImport.get();
                    imports.setAll(loaded.imports());
                    ImportRun again = chosen == null ? null : loaded.imports().stream()
                            .filter(r -> r.id() == chosen.id()).findFirst().orElse(null);
                    if (again == null && !loaded.imports().isEmpty()) {
                        again = loaded.imports().get(0);
                    }
                    selectedImport.set(null);
                    selectImport(again);
                });
    }

    private record Loaded(WorkspaceSummary summary, List<ImportRun> imports) {
    }
}
