package merchlab.ui.task.runner;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import merchlab.CancelToken;
import merchlab.ui.task.RunningTask;

/** The window's view of one submitted job; its setters are called on the UI thread only. */
final class TaskState implements RunningTask {
    private final String title;
    private final CancelToken cancelToken = new CancelToken();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    TaskState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        cancelToken.cancel();
        message.set("Cancelling…");
    }

    @Override
    public boolean isCancelled() {
        return cancelToken.isCancelled();
    }

    CancelToken cancelToken() {
        return cancelToken;
    }

    void update(double fraction, String text) {
        progress.set(fraction < 0 ? -1 : Math.min(1, fraction));
        if (text != null && !cancelToken.isCancelled()) {
            message.set(text);
        }
    }

    @Override
    public String toString() {
        return "task " + title;
    }
}
