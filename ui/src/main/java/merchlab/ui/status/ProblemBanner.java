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
    private final Button prepare = new Button("Prepare workspace");
    private final Runnable onPrepare;

    /** {@code onPrepare} prepares the open workspace: offered when that solves the problem shown. */
    public ProblemBanner(ProblemsViewModel model, Runnable onPrepare) {
        this.model = model;
        this.onPrepare = onPrepare;
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
        prepare.setId("problemPrepare");
        prepare.getStyleClass().add("small");
        prepare.setMinWidth(Button.USE_PREF_SIZE);
        prepare.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> ProblemText.solvedByPreparing(model.problemProperty().get()), model.problemProperty()));
        prepare.managedProperty().bind(prepare.visibleProperty());
        HBox box = new HBox(10, icon, text, prepare, dismiss);
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
        prepare.setOnAction(e -> {
            model.dismiss();
            onPrepare.run();
        });
    }
}
