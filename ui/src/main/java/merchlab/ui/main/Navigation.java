package merchlab.ui.main;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import merchlab.ui.Section;

/** The left column: the product name, the open workspace, and one button per section with its shortcut. */
final class Navigation {
    private final MainViewModel model;
    private final List<Section> sections;
    private final ToggleGroup group = new ToggleGroup();

    Navigation(MainViewModel model, List<Section> sections) {
        this.model = model;
        this.sections = sections;
    }

    Node createView() {
        Label mark = new Label("M");
        mark.getStyleClass().add("brand-mark");
        Label name = new Label("MerchLab");
        name.getStyleClass().add("brand-name");
        HBox brand = new HBox(10, mark, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");

        Label caption = new Label("WORKSPACE");
        caption.getStyleClass().add("nav-caption");
        Label workspace = new Label();
        workspace.setId("workspaceName");
        workspace.getStyleClass().add("workspace-name");
        workspace.textProperty().bind(model.workspaceNameProperty());
        Tooltip path = new Tooltip();
        workspace.setTooltip(path);
        model.workspaceProperty().addListener((obs, old, now) -> path.setText(now == null ? "" : now.file().toString()));
        VBox workspaceBox = new VBox(2, caption, workspace);
        workspaceBox.getStyleClass().add("workspace-box");

        VBox buttons = new VBox(3);
        buttons.getStyleClass().add("nav-items");
        for (int i = 0; i < sections.size(); i++) {
            buttons.getChildren().add(button(sections.get(i), i));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Ctrl+O open · Ctrl+I import");
        hint.getStyleClass().add("nav-hint");
        VBox nav = new VBox(6, brand, workspaceBox, buttons, spacer, hint);
        nav.getStyleClass().add("nav");
        nav.setId("navigation");
        initListeners();
        return nav;
    }

    /** The digit that shows the section at {@code index} with Ctrl: 1 to 9, then 0 for the tenth; null after. */
    static String digit(int index) {
        return index < 9 ? String.valueOf(index + 1) : index == 9 ? "0" : null;
    }

    private ToggleButton button(Section section, int index) {
        Label glyph = new Label(section.glyph());
        glyph.getStyleClass().add("nav-glyph");
        Label title = new Label(section.title());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        String digit = digit(index);
        Label key = new Label(digit == null ? "" : "Ctrl+" + digit);
        key.getStyleClass().add("nav-key");
        HBox graphic = new HBox(10, glyph, title, spacer, key);
        graphic.setAlignment(Pos.CENTER_LEFT);
        ToggleButton button = new ToggleButton();
        button.setGraphic(graphic);
        graphic.prefWidthProperty().bind(button.widthProperty().subtract(24));
        button.setUserData(section.id());
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setId("nav-" + section.id());
        button.getStyleClass().add("nav-button");
        button.setFocusTraversable(false);
        return button;
    }

    private void initListeners() {
        select(model.sectionProperty().get());
        model.sectionProperty().addListener((obs, old, now) -> select(now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one section is always on screen
            } else {
                model.select((String) now.getUserData());
            }
        });
    }

    private void select(String id) {
        group.getToggles().stream().filter(t -> id.equals(t.getUserData())).findFirst().ifPresent(group::selectToggle);
    }
}
