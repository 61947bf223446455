package merchlab.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.MerchLabException;
import merchlab.prepare.WorkspacePreparation;
import merchlab.ui.ProductLink;
import merchlab.ui.Workbench;
import merchlab.ui.importer.ImportViewModel;
import merchlab.ui.importer.Importing;
import merchlab.ui.settings.DesktopSettings;
import merchlab.ui.settings.WindowPlacement;
import merchlab.ui.status.ProblemText;
import merchlab.ui.status.ProblemsViewModel;
import merchlab.ui.status.StatusViewModel;
import merchlab.ui.task.TaskRunner;
import merchlab.workspace.Workspace;

/**
 * The main window's state: the open workspace, the chosen section, recent workspaces and the remembered window
 * placement; it is also the {@link Workbench} every section shares.
 */
public final class MainViewModel implements Workbench {
    // properties
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper(this, "workspaceName", "No workspace");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "MerchLab");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper(this, "dataVersion");
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper(this, "section");
    private final ReadOnlyObjectWrapper<ProductLink> productLink = new ReadOnlyObjectWrapper<>(this, "productLink");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(this, "preparing");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);

    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final ProblemsViewModel problems;
    private final WorkspaceOpener opener;
    private final Importing importing;
    private final Function<Workspace, WorkspacePreparation> preparation;
    private final DesktopSettings settings;
    private final List<String> sections;
    private Runnable onImportRequested = () -> { };

    /**
     * @param preparation what "Prepare workspace" runs on a workspace (and what a first start runs on the sample)
     */
    public MainViewModel(TaskRunner tasks, StatusViewModel status, ProblemsViewModel problems, WorkspaceOpener opener,
                         Importing importing, Function<Workspace, WorkspacePreparation> preparation,
                         DesktopSettings settings, List<String> sectionIds) {
        if (sectionIds.isEmpty()) {
            throw new IllegalArgumentException("the window needs at least one section");
        }
        this.tasks = tasks;
        this.status = status;
        this.problems = problems;
        this.opener = opener;
        this.importing = importing;
        this.preparation = preparation;
        this.settings = settings;
        this.sections = List.copyOf(sectionIds);
        this.section.set(settings.section().filter(sections::contains).orElse(sections.get(0)));
        this.recent.setAll(settings.recentWorkspaces());
    }

    @Override
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** The open workspace's file name, or what the window is doing instead. */
    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    /** The window title: "MerchLab — shop.db". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while a workspace is being opened (or the sample created). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /** The id of the section on screen. */
    public ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** Recently opened workspaces, newest first. */
    public ObservableList<Path> recentWorkspaces() {
        return recentView;
    }

    public List<String> sectionIds() {
        return sections;
    }

    public Optional<WindowPlacement> windowPlacement() {
        return settings.window();
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public ProblemsViewModel problems() {
        return problems;
    }

    // commands

    /** First thing after the window shows: opens the last workspace, or the sample when there is none or it fails. */
    public void start() {
        Optional<Path> last = settings.lastWorkspace();
        opening.set(true);
        workspaceName.set(last.isPresent() ? "Opening…" : "Preparing the sample…");
        tasks.submit("Opening workspace", context -> {
            String fallbackReason = null;
            if (last.isPresent() && Files.isRegularFile(last.get())) {
                try {
                    return new Opened(opener.open(last.get()), null);
                } catch (MerchLabException e) {
                    fallbackReason = ProblemText.reason(e) + "; the sample workspace opened instead";
                }
            }
            context.message("Preparing the sample workspace");
            return new Opened(opener.openSample(context), fallbackReason);
        }, opened -> {
            show(opened.workspace());
            if (opened.problem() != null) {
                problems.report("Opening " + last.get().getFileName(), new MerchLabException(opened.problem()));
            }
        }, this::openFailed);
    }

    /** Opens (or creates) the workspace at {@code file} in the background and shows it. */
    public void openWorkspace(Path file) {
        opening.set(true);
        tasks.submit("Opening " + file.getFileName(), context -> opener.open(file), this::show, this::openFailed);
    }

    /** Opens the bundled sample workspace (creating it when missing). */
    public void openSampleWorkspace() {
        opening.set(true);
        tasks.submit("Opening the sample workspace", opener::openSample, this::show, this::openFailed);
    }

    /** Shows the section {@code id}; unknown ids are ignored. */
    public void select(String id) {
        if (sections.contains(id)) {
            if (!id.equals(section.get())) {
                problems.dismiss(); // a problem belongs to where it happened; the log keeps it
            }
            section.set(id);
            settings.setSection(id);
        }
    }

    /** Shows the section at {@code index} (0-based) in the navigation, as Ctrl+1.. do. */
    public void selectIndex(int index) {
        if (index >= 0 && index < sections.size()) {
            select(sections.get(index));
        }
    }

    @Override
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    @Override
    public void announce(String text) {
        status.announce(text);
    }

    @Override
    public void requestImport() {
        if (workspace.get() == null) {
            status.announce("Wait until the workspace is open, then import");
            return;
        }
        onImportRequested.run();
    }

    @Override
    public void requestPrepare() {
        Workspace target = workspace.get();
        if (target == null) {
            status.announce("Wait until the workspace is open, then prepare it");
            return;
        }
        if (preparing.get()) {
            status.announce("The workspace is being prepared already: the status bar shows how far it is");
            return;
        }
        preparing.set(true);
        tasks.submit("Preparing " + target.file().getFileName(), context -> preparation.apply(target).prepare(
                (step, fraction) -> {
                    context.message(step);
                    context.progress(fraction);
                }, context.cancelToken()), report -> {
                    preparing.set(false);
                    dataChanged();
                    announce(PreparedLine.of(target, report));
                }, error -> {
                    preparing.set(false);
                    dataChanged(); // a cancelled preparation keeps the vectors and models it made
                });
    }

    @Override
    public void showSection(String id) {
        select(id);
    }

    @Override
    public void explainProduct(String productId, String shopper) {
        productLink.set(new ProductLink(productId, shopper));
        select("explain");
    }

    @Override
    public ReadOnlyObjectProperty<ProductLink> productLinkProperty() {
        return productLink.getReadOnlyProperty();
    }

    /** What the view does when an import is requested: open the dialog. */
    public void setOnImportRequested(Runnable action) {
        onImportRequested = action == null ? () -> { } : action;
    }

    /** A fresh import dialog model for the open workspace; its finished imports reload every section. */
    public ImportViewModel newImport() {
        Workspace target = workspace.get();
        if (target == null) {
            throw new IllegalStateException("no workspace is open");
        }
        return new ImportViewModel(tasks, problems, importing, target, summary -> {
            dataChanged();
            announce(summary);
        });
    }

    /** Remembers the window placement; saved by {@link #close()}. */
    public void rememberWindow(WindowPlacement placement) {
        settings.setWindow(placement);
    }

    /** Saves the settings; the window is about to close. */
    public void close() {
        try {
            settings.save();
        } catch (MerchLabException e) {
            problems.report("Saving settings", e);
        }
    }

    private void show(Workspace opened) {
        opening.set(false);
        workspace.set(opened);
        Path file = opened.file();
        workspaceName.set(file.getFileName().toString());
        title.set("MerchLab — " + file.getFileName());
        settings.rememberWorkspace(file);
        recent.setAll(settings.recentWorkspaces());
        try {
            settings.save();
        } catch (MerchLabException e) {
            problems.report("Saving settings", e);
        }
        status.announce("Opened " + file);
        if (opener.isSample(file)) {
            prepareIfNeeded(opened);
        }
    }

    /** Prepares {@code opened} in the background when it has data but lacks vectors, index or default models. */
    private void prepareIfNeeded(Workspace opened) {
        tasks.submit("Checking the sample workspace", context -> preparation.apply(opened).readiness(), readiness -> {
            if (opened == workspace.get() && readiness.imported() && !readiness.ready()) {
                requestPrepare();
            }
        });
    }

    private void openFailed(Throwable error) {
        opening.set(false);
        if (workspace.get() == null) {
            workspaceName.set("No workspace");
        }
    }

    private record Opened(Workspace workspace, String problem) {
    }
}
