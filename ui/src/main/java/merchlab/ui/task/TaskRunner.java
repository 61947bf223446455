package merchlab.ui.task;

import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * Runs engine work away from the UI thread and reports back on it: the one way a view-model starts long work.
 *
 * <p>{@code onSuccess} and {@code onFailure} run on the UI thread. A failure that is not a cancellation is also
 * reported to the window's problem display, so nothing fails silently; a cancelled job ends in {@code onFailure}
 * with a {@link merchlab.CancelledException}.
 */
public interface TaskRunner {
    <T> RunningTask submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure);

    /** Submits a job whose failure needs no handling beyond the window's problem display. */
    default <T> RunningTask submit(String title, Job<T> job, Consumer<? super T> onSuccess) {
        return submit(title, job, onSuccess, error -> { });
    }

    /** The jobs running now, oldest first; changes on the UI thread. */
    ObservableList<RunningTask> running();
}
