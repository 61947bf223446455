package merchlab.ui.task.runner;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.CancelToken;
import merchlab.ui.task.Problems;
import merchlab.ui.task.Job;
import merchlab.ui.task.JobContext;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.TaskRunner;

/**
 * The desktop's task runner: jobs run on a small pool of background threads, and their progress, messages and
 * outcomes come back on the FX thread. Progress updates are coalesced, so a job may report as often as it likes.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService workers;
    private final Executor uiThread;
    private final Problems problems;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);

    /** A runner with {@code threads} background threads reporting to {@code problems}. */
    public FxTaskRunner(int threads, Problems problems) {
        this(Executors.newFixedThreadPool(threads, new Workers()), Platform::runLater, problems);
    }

    FxTaskRunner(ExecutorService workers, Executor uiThread, Problems problems) {
        this.workers = workers;
        this.uiThread = uiThread;
        this.problems = problems;
    }

    @Override
    public <T> RunningTask submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskCall<T> call = new TaskCall<>(title, job, onSuccess, onFailure, problems, running);
        running.add(call.state());
        try {
            workers.execute(() -> {
                TaskCall.Outcome<T> outcome = call.execute(new PostingContext(call.state()));
                uiThread.execute(() -> call.deliver(outcome));
            });
        } catch (RejectedExecutionException e) {
            call.deliver(new TaskCall.Outcome<>(null, new merchlab.MerchLabException("the window is closing", e)));
        }
        return call.state();
    }

    @Override
    public ObservableList<RunningTask> running() {
        return runningView;
    }

    /** Cancels running jobs and stops the background threads, waiting briefly for them. */
    @Override
    public void close() {
        running.forEach(RunningTask::cancel);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes a job's reports to the UI thread, at most one pending update at a time. */
    private final class PostingContext implements JobContext {
        private final TaskState state;
        private final AtomicBoolean posted = new AtomicBoolean();
        private volatile double progress = -1;
        private volatile String message;

        PostingContext(TaskState state) {
            this.state = state;
        }

        @Override
        public void progress(double fraction) {
            progress = fraction;
            post();
        }

        @Override
        public void message(String text) {
            message = text;
            post();
        }

        @Override
        public CancelToken cancelToken() {
            return state.cancelToken();
        }

        private void post() {
            if (posted.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    posted.set(false);
                    state.update(progress, message);
                });
            }
        }
    }

    /** Daemon threads named merchlab-task-N, so a stuck job never keeps the JVM alive. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "merchlab-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
