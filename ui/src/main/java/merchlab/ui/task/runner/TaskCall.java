package merchlab.ui.task.runner;

import java.util.List;
import java.util.function.Consumer;
import merchlab.CancelledException;
import merchlab.ui.task.Problems;
import merchlab.ui.task.Job;
import merchlab.ui.task.JobContext;
import merchlab.ui.task.RunningTask;

/** One submitted job with its callbacks: run it anywhere, then deliver the outcome on the UI thread. */
final class TaskCall<T> {
    /** What a job ended with: a result or an error. */
    record Outcome<T>(T result, Throwable error) {
    }

    private final TaskState state;
    private final Job<T> job;
    private final Consumer<? super T> onSuccess;
    private final Consumer<? super Throwable> onFailure;
    private final Problems problems;
    private final List<RunningTask> running;

    TaskCall(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
             Problems problems, List<RunningTask> running) {
        this.state = new TaskState(title);
        this.job = job;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.problems = problems;
        this.running = running;
    }

    TaskState state() {
        return state;
    }

    /** Runs the job on the calling thread. */
    Outcome<T> execute(JobContext context) {
        try {
            if (state.isCancelled()) {
                throw new CancelledException();
            }
            return new Outcome<>(job.run(context), null);
        } catch (Throwable e) { // every failure, even an Error, must reach the window
            return new Outcome<>(null, e);
        }
    }

    /** Hands the outcome to the callbacks; call on the UI thread. */
    void deliver(Outcome<T> outcome) {
        running.remove(state);
        try {
            if (outcome.error() == null) {
                onSuccess.accept(outcome.result());
                return;
            }
            if (!(outcome.error() instanceof CancelledException)) {
                problems.report(state.title(), outcome.error());
            }
            onFailure.accept(outcome.error());
        } catch (RuntimeException e) {
            problems.report(state.title(), e);
        }
    }

    /** A context that updates the task state directly, for runners whose job runs on the UI thread. */
    JobContext directContext() {
        return new JobContext() {
            @Override
            public void progress(double fraction) {
                state.update(fraction, null);
            }

            @Override
            public void message(String text) {
                state.update(state.progressProperty().get(), text);
            }

            @Override
            public merchlab.CancelToken cancelToken() {
                return state.cancelToken();
            }
        };
    }
}
