package merchlab.ui.main;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import merchlab.ui.FilePicker;
import merchlab.ui.Section;
import merchlab.ui.Theme;
import merchlab.ui.importer.ImportDialog;
import merchlab.ui.settings.WindowPlacement;
import merchlab.ui.status.ProblemBanner;
import merchlab.ui.status.ProblemsViewModel;
import merchlab.ui.status.StatusBar;
import merchlab.ui.status.StatusViewModel;

/**
 * The main window: menu bar, navigation on the left, the chosen section in the middle (built the first time it is
 * shown), the problem banner above it and the status bar below.
 */
public final class MainWindow {
    private final MainViewModel model;
    private final StatusViewModel status;
    private final ProblemsViewModel problems;
    private final List<Section> sections;
    private final FilePicker picker;
    private final Map<String, Node> built = new HashMap<>();
    private final StackPane content = new StackPane();
    private final Navigation navigation;
    private final WindowMenu menu;
    private Stage stage;

    public MainWindow(MainViewModel model, StatusViewModel status, ProblemsViewModel problems, List<Section> sections,
                      FilePicker picker) {
        this.model = model;
        this.status = status;
        this.problems = problems;
        this.sections = List.copyOf(sections);
        this.picker = picker;
        this.navigation = new Navigation(model, this.sections);
        this.menu = new WindowMenu(model, this.sections, picker, () -> stage);
    }

    public Parent createView() {
        content.getStyleClass().add("content");
        content.setId("content");
        VBox center = new VBox(new ProblemBanner(problems, model::requestPrepare).createView(), content);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        BorderPane root = new BorderPane(center);
        root.setTop(menu.createView());
        root.setLeft(navigation.createView());
        root.setBottom(new StatusBar(status).createView());
        root.getStyleClass().add("main-window");
        root.setId("mainWindow");
        initListeners();
        return root;
    }

    /** Puts the window on {@code window}: scene, stylesheet, title, remembered placement, close handling. */
    public Scene attach(Stage window) {
        this.stage = window;
        WindowPlacement placement = model.windowPlacement().filter(MainWindow::onSomeScreen).orElse(null);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(screen.getWidth(), placement == null ? WindowPlacement.DEFAULT_WIDTH : placement.width());
        double height = Math.min(screen.getHeight(),
                placement == null ? WindowPlacement.DEFAULT_HEIGHT : placement.height());
        Scene scene = new Scene(createView(), width, height);
        scene.getStylesheets().add(Theme.stylesheet());
        window.setScene(scene);
        window.titleProperty().bind(model.titleProperty());
        window.setMinWidth(760);
        window.setMinHeight(480);
        if (placement != null) {
            window.setX(placement.x());
            window.setY(placement.y());
            window.setMaximized(placement.maximized());
        }
        window.setOnHidden(e -> {
            model.rememberWindow(new WindowPlacement(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight(), window.isMaximized()));
            model.close();
        });
        return scene;
    }

    private void initListeners() {
        model.sectionProperty().addListener((obs, old, now) -> show(now));
        show(model.sectionProperty().get());
        model.setOnImportRequested(() -> new ImportDialog(model.newImport(), picker).show(stage));
    }

    private void show(String id) {
        Section section = sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(sections.get(0));
        Node node = built.computeIfAbsent(section.id(), key -> build(section));
        content.getChildren().setAll(node);
    }

    private Node build(Section section) {
        try {
            return page(section.content().apply(model));
        } catch (RuntimeException e) {
            problems.report("Opening " + section.title(), e);
            Label failed = new Label(section.title() + " could not be shown; the log has the details.");
            failed.getStyleClass().add("muted");
            return new StackPane(failed);
        }
    }

    /**
     * A section as a page: it fills the window when the window is large enough, and scrolls when the window is smaller
     * than the section's minimum size (charts and lists keep readable sizes instead of being squeezed).
     */
    private static Node page(Node section) {
        ScrollPane page = new ScrollPane(section);
        page.getStyleClass().add("page-scroll");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        if (section instanceof Region region) {
            // fitting keeps the section to the window; past its minimum size, the page scrolls instead
            page.viewportBoundsProperty().addListener((obs, old, now) -> {
                page.setFitToWidth(now.getWidth() >= region.minWidth(-1));
                page.setFitToHeight(now.getHeight() >= region.minHeight(now.getWidth()));
            });
        }
        return page;
    }

    private static boolean onSomeScreen(WindowPlacement p) {
        return !Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), p.width(), p.height())).isEmpty();
    }
}
