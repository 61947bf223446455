package merchlab.ui.task.runner;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.ui.task.Problems;
import merchlab.ui.task.Job;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.TaskRunner;

/** Runs each job at once on the calling thread: for view-model tests, where no toolkit runs. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    private final Problems problems;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);

    public CurrentThreadTaskRunner(Problems problems) {
        this.problems = problems;
    }

    @Override
    public <T> RunningTask submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskCall<T> call = new TaskCall<>(title, job, onSuccess, onFailure, problems, running);
        running.add(call.state());
        call.deliver(call.execute(call.directContext()));
        return call.state();
    }

    @Override
    public ObservableList<RunningTask> running() {
        return runningView;
    }
}
