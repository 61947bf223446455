package merchlab.ui.status;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The strip along the bottom of the window: a notice on the left, the running job with progress and cancel on the right. */
public final class StatusBar {
    /** How long a job runs before the status bar shows it. */
    static final Duration SHOW_AFTER = Duration.millis(400);
    private final StatusViewModel model;
    private final Label notice = new Label();
    private final Label taskTitle = new Label();
    private final Label taskMessage = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final HBox taskBox = new HBox(8);

    public StatusBar(StatusViewModel model) {
        this.model = model;
    }

    public Node createView() {
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(model.noticeProperty());
        taskTitle.getStyleClass().add("status-task");
        taskTitle.textProperty().bind(model.taskTitleProperty());
        taskMessage.getStyleClass().add("status-message");
        taskMessage.textProperty().bind(model.taskMessageProperty());
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.taskProgressProperty());
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setId("cancelTask");
        cancel.setTooltip(new Tooltip("Cancel the running task (Esc in dialogs)"));
        taskBox.getChildren().addAll(taskTitle, taskMessage, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_RIGHT);
        taskBox.setVisible(false);
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, notice, spacer, taskBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("statusBar");
        initListeners();
        return bar;
    }

    private void initListeners() {
        // quick reads (a page of a table) come and go without a flicker: the job shows once it has run a moment
        PauseTransition delay = new PauseTransition(SHOW_AFTER);
        delay.setOnFinished(e -> taskBox.setVisible(model.busyProperty().get()));
        model.busyProperty().addListener((obs, was, busy) -> {
            if (busy) {
                delay.playFromStart();
            } else {
                delay.stop();
                taskBox.setVisible(false);
            }
        });
        cancel.setOnAction(e -> model.cancelCurrentTask());
        taskMessage.visibleProperty().bind(Bindings.isNotEmpty(model.taskMessageProperty()));
        taskMessage.managedProperty().bind(taskMessage.visibleProperty());
    }
}
