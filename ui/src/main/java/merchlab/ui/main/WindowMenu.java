package merchlab.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import merchlab.ui.FilePicker;
import merchlab.ui.Section;
import merchlab.ui.glossary.Glossary;

/** The menu bar: workspace (open, new, recent, sample, import, reload, quit), sections, and help. Holds the shortcuts. */
final class WindowMenu {
    /** The shortcuts, as the help lists them. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+O", "Open a workspace"},
            new String[] {"Ctrl+N", "New workspace"},
            new String[] {"Ctrl+I", "Import files into the open workspace"},
            new String[] {"Ctrl+R", "Reload what every section shows"},
            new String[] {"Ctrl+1 … Ctrl+9, Ctrl+0", "Start, Data, Explore, Train, Evaluate, Explain, Models, Breakdowns, "
                    + "Query sets, Service"},
            new String[] {"Esc", "In the import dialog: cancel the running import, or close"},
            new String[] {"Ctrl+Q", "Quit"});

    private final MainViewModel model;
    private final List<Section> sections;
    private final FilePicker picker;
    private final Supplier<Stage> stage;
    private final Menu recent = new Menu("Open recent");

    WindowMenu(MainViewModel model, List<Section> sections, FilePicker picker, Supplier<Stage> stage) {
        this.model = model;
        this.sections = sections;
        this.picker = picker;
        this.stage = stage;
    }

    Node createView() {
        MenuItem open = item("Open workspace…", "Shortcut+O", "menuOpen",
                () -> picker.workspaceToOpen(stage.get()).ifPresent(model::openWorkspace));
        MenuItem create = item("New workspace…", "Shortcut+N", "menuNew",
                () -> picker.newWorkspace(stage.get()).ifPresent(model::openWorkspace));
        MenuItem sample = item("Open the sample workspace", null, "menuSample", model::openSampleWorkspace);
        MenuItem importFiles = item("Import files…", "Shortcut+I", "menuImport", model::requestImport);
        MenuItem prepare = item("Prepare workspace", "Shortcut+P", "menuPrepare", model::requestPrepare);
        MenuItem reload = item("Reload", "Shortcut+R", "menuReload", model::dataChanged);
        MenuItem quit = item("Quit", "Shortcut+Q", "menuQuit", () -> stage.get().close());
        recent.setId("menuRecent");
        Menu workspace = new Menu("Workspace", null, open, create, recent, sample, new SeparatorMenuItem(),
                importFiles, prepare, reload, new SeparatorMenuItem(), quit);

        Menu view = new Menu("View");
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            String digit = Navigation.digit(i);
            view.getItems().add(item(section.title(), digit == null ? null : "Shortcut+" + digit, "menu-" + section.id(),
                    () -> model.select(section.id())));
        }
        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "F1", "menuShortcuts", this::showShortcuts),
                item("Glossary", null, "menuGlossary", this::showGlossary));
        MenuBar bar = new MenuBar(workspace, view, help);
        bar.setId("menuBar");
        fillRecent();
        model.recentWorkspaces().addListener((ListChangeListener<Path>) c -> fillRecent());
        return bar;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path path : model.recentWorkspaces()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openWorkspace(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void showShortcuts() {
        StringBuilder text = new StringBuilder();
        for (String[] s : SHORTCUTS) {
            text.append(String.format("%-18s %s%n", s[0], s[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text.toString());
        alert.initOwner(stage.get());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().getStylesheets().setAll(stage.get().getScene().getStylesheets());
        alert.getDialogPane().getStyleClass().add("shortcuts");
        alert.show();
    }

    private void showGlossary() {
        StringBuilder text = new StringBuilder();
        Glossary.terms().forEach((term, meaning) -> text.append(term).append(": ").append(meaning).append("\n\n"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage.get());
        alert.setTitle("Glossary");
        alert.setHeaderText("What the terms mean");
        javafx.scene.control.TextArea body = new javafx.scene.control.TextArea(text.toString().strip());
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefSize(560, 420);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().getStylesheets().setAll(stage.get().getScene().getStylesheets());
        alert.show();
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

}
