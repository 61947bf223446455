package merchlab.ui.task;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs background work for the newest of many asks: while one job runs, later asks replace each other, and only the
 * newest runs next; the outcome of a job that was overtaken is dropped. Typing a query or a shopper's message
 * therefore never queues stale work. Call from the UI thread.
 *
 * @param <A> what is asked (an immutable value)
 * @param <R> the job's result
 */
public final class LatestOnly<A, R> {
    private final TaskRunner tasks;
    private final String title;
    private final java.util.function.Function<A, Job<R>> work;
    private final BiConsumer<A, R> onResult;
    private final BiConsumer<A, Throwable> onFailure;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private A pending;
    private boolean waiting;
    private boolean stale;

    public LatestOnly(TaskRunner tasks, String title, java.util.function.Function<A, Job<R>> work, BiConsumer<A, R> onResult,
               BiConsumer<A, Throwable> onFailure) {
        this.tasks = tasks;
        this.title = title;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** Asks for {@code ask}'s result: at once when idle, else after the running job, replacing any earlier wait. */
    public void ask(A ask) {
        pending = ask;
        waiting = true;
        if (!running.get()) {
            launch();
        }
    }

    /** Drops the waiting ask, if any, and the outcome of the running job. */
    public void forget() {
        pending = null;
        waiting = false;
        if (running.get()) {
            stale = true;
        }
    }

    /** Whether a job runs now. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void launch() {
        A ask = pending;
        pending = null;
        waiting = false;
        stale = false;
        running.set(true);
        tasks.submit(title, work.apply(ask), result -> finished(() -> onResult.accept(ask, result)),
                error -> finished(() -> onFailure.accept(ask, error)));
    }

    private void finished(Runnable deliver) {
        running.set(false);
        if (waiting) {
            launch();
        } else if (!stale) {
            deliver.run();
        }
    }
}
