package merchlab.ui.status;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A red strip above the content that shows the latest problem until it is dismissed. */
public final class ProblemBanner {
    private final ProblemsViewModel model;
    private final Label text = new Label();
    private final Button dismiss = new Button("✕");

    public ProblemBanner(ProblemsViewModel model) {
        this.model = model;
    }

    public Node createView() {
        Label icon = new Label("!");
        icon.getStyleClass().add("banner-icon");
        text.setId("problemText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.problemProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        dismiss.setId("dismissProblem");
        dismiss.getStyleClass().addAll("flat", "small");
        HBox box = new HBox(10, icon, text, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("problem-banner");
        box.setId("problemBanner");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        box.managedProperty().bind(box.visibleProperty());
        initListeners();
        return box;
    }

    private void initListeners() {
        dismiss.setOnAction(e -> model.dismiss());
    }
}
