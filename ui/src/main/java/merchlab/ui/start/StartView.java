package merchlab.ui.start;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Start section: the first-run checklist, one card per step with its state and its action. */
public final class StartView {
    private final StartViewModel model;
    private final VBox cards = new VBox(10);

    public StartView(StartViewModel model) {
        this.model = model;
    }

    public Node createView() {
        Label title = new Label("Get started");
        title.getStyleClass().add("section-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label subtitle = new Label("From your files to models you can trust, in four steps. Every step also runs from "
                + "the command line (merchlab import, prepare, evaluate).");
        subtitle.getStyleClass().add("section-subtitle");
        subtitle.setWrapText(true);
        VBox page = new VBox(14, title, subtitle, cards);
        page.getStyleClass().add("section");
        page.setMaxWidth(900);
        page.setId("startSection");
        initListeners();
        return page;
    }

    private void initListeners() {
        model.steps().addListener((ListChangeListener<ChecklistStep>) change -> build());
        build();
    }

    private void build() {
        cards.getChildren().clear();
        int number = 1;
        for (ChecklistStep step : model.steps()) {
            cards.getChildren().add(card(step, number++));
        }
    }

    private Node card(ChecklistStep step, int number) {
        Label mark = new Label(step.state() == ChecklistStep.State.DONE ? "✓" : Integer.toString(number));
        mark.getStyleClass().addAll("step-mark", "step-" + step.state().name().toLowerCase(java.util.Locale.ROOT));
        mark.setMinWidth(Label.USE_PREF_SIZE);
        Label heading = new Label(step.title());
        heading.getStyleClass().add("subsection-title");
        Label detail = new Label(step.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add("muted");
        detail.setId("step-" + step.id() + "-detail");
        VBox text = new VBox(4, heading, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button action = new Button(step.action());
        action.setId("step-" + step.id());
        action.setMinWidth(Button.USE_PREF_SIZE);
        action.setDisable(!step.actionable());
        if (step.state() == ChecklistStep.State.NEXT) {
            action.getStyleClass().add("accent");
        }
        action.setOnAction(e -> model.act(step.id()));
        HBox card = new HBox(14, mark, text, action);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("card");
        return card;
    }
}
