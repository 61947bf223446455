package merchlab.ui.status;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.TaskRunner;

/**
 * The status bar's state: the newest running job (title, progress, message, cancel) and a notice line.
 */
public final class StatusViewModel {
    // properties
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "Ready");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper taskTitle = new ReadOnlyStringWrapper(this, "taskTitle", "");
    private final ReadOnlyStringWrapper taskMessage = new ReadOnlyStringWrapper(this, "taskMessage", "");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(this, "taskProgress", -1);
    private final ReadOnlyIntegerWrapper taskCount = new ReadOnlyIntegerWrapper(this, "taskCount");

    private final ObservableList<RunningTask> running;
    private RunningTask current;

    public StatusViewModel(TaskRunner tasks) {
        this.running = tasks.running();
        running.addListener((ListChangeListener<RunningTask>) change -> follow());
        follow();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while any job runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The newest running job's title, with the number of others when several run. */
    public ReadOnlyStringProperty taskTitleProperty() {
        return taskTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return taskMessage.getReadOnlyProperty();
    }

    /** The newest running job's fraction done, or -1 while unknown. */
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty taskCountProperty() {
        return taskCount.getReadOnlyProperty();
    }

    // commands

    /** Shows a short line about something that went well, for example "Imported 1,200 products". */
    public void announce(String text) {
        notice.set(text);
    }

    /** Cancels the newest running job. */
    public void cancelCurrentTask() {
        if (current != null) {
            current.cancel();
        }
    }

    private void follow() {
        RunningTask newest = running.isEmpty() ? null : running.get(running.size() - 1);
        taskCount.set(running.size());
        busy.set(newest != null);
        if (newest != current) {
            taskProgress.unbind();
            taskMessage.unbind();
            current = newest;
            if (newest == null) {
                taskProgress.set(-1);
                taskMessage.set("");
            } else {
                taskProgress.bind(newest.progressProperty());
                taskMessage.bind(newest.messageProperty());
            }
        }
        taskTitle.set(newest == null ? "" : running.size() > 1
                ? newest.title() + " (+" + (running.size() - 1) + " more)" : newest.title());
    }
}
