package merchlab.ui.task.runner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.ui.task.Problems;
import merchlab.ui.task.Job;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.TaskRunner;

/**
 * Holds submitted jobs until the test says to run them, so a view-model test can look at the "running" state,
 * cancel a job half-way or submit twice before anything finishes. Single-threaded.
 */
public final class DeferredTaskRunner implements TaskRunner {
    private final Problems problems;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);
    private final Deque<Runnable> pending = new ArrayDeque<>();

    public DeferredTaskRunner(Problems problems) {
        this.problems = problems;
    }

    @Override
    public <T> RunningTask submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskCall<T> call = new TaskCall<>(title, job, onSuccess, onFailure, problems, running);
        running.add(call.state());
        pending.add(() -> call.deliver(call.execute(call.directContext())));
        return call.state();
    }

    @Override
    public ObservableList<RunningTask> running() {
        return runningView;
    }

    /** Jobs submitted and not yet run. */
    public int pending() {
        return pending.size();
    }

    /** Runs the oldest waiting job (and delivers its outcome); false when none waits. */
    public boolean runNext() {
        Runnable next = pending.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs waiting jobs, including those they submit, until none is left. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }
}
