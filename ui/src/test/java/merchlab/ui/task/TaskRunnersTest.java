package merchlab.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.ui.RecordingProblems;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.ui.task.runner.DeferredTaskRunner;
import org.junit.jupiter.api.Test;

class TaskRunnersTest {
    private final RecordingProblems problems = new RecordingProblems();
    private final List<Object> seen = new ArrayList<>();

    @Test
    void currentThreadRunnerDeliversTheResultAtOnce() {
        new CurrentThreadTaskRunner(problems).submit("Counting", context -> 42, seen::add);
        assertEquals(List.of(42), seen);
        assertTrue(problems.reports.isEmpty());
    }

    @Test
    void aFailureReachesTheProblemDisplayAndTheCallback() {
        new CurrentThreadTaskRunner(problems).submit("Reading products", context -> {
            throw new MerchLabException("workspace is locked");
        }, seen::add, seen::add);
        assertEquals(List.of("Reading products failed: workspace is locked"), problems.reports);
        assertInstanceOf(MerchLabException.class, seen.get(0));
    }

    @Test
    void anUnexpectedErrorIsNamedAndPointsToTheLog() {
        new CurrentThreadTaskRunner(problems).submit("Scoring", context -> {
            throw new IllegalStateException("boom");
        }, seen::add);
        assertEquals(List.of("Scoring failed: unexpected error (IllegalStateException: boom); details are in the log"),
                problems.reports);
    }

    @Test
    void aBrokenSuccessCallbackIsReportedNotSwallowed() {
        new CurrentThreadTaskRunner(problems).submit("Loading", context -> 1, value -> {
            throw new IllegalArgumentException("bad view-model");
        });
        assertEquals(1, problems.reports.size());
    }

    @Test
    void deferredRunnerShowsTheTaskAsRunningUntilItRuns() {
        DeferredTaskRunner runner = new DeferredTaskRunner(problems);
        RunningTask task = runner.submit("Training", context -> {
            context.progress(3, 4);
            context.message("epoch 3");
            return "model";
        }, seen::add);
        assertEquals(List.of(task), runner.running());
        assertEquals(-1, task.progressProperty().get());
        runner.runAll();
        assertEquals(List.of("model"), seen);
        assertTrue(runner.running().isEmpty());
        assertEquals(0.75, task.progressProperty().get(), 1e-9);
        assertEquals("epoch 3", task.messageProperty().get());
    }

    @Test
    void cancellingEndsInTheFailureCallbackWithoutAProblem() {
        DeferredTaskRunner runner = new DeferredTaskRunner(problems);
        RunningTask task = runner.submit("Importing", context -> {
            context.cancelToken().check();
            return "done";
        }, seen::add, seen::add);
        task.cancel();
        runner.runAll();
        assertInstanceOf(CancelledException.class, seen.get(0));
        assertTrue(problems.reports.isEmpty());
    }

    @Test
    void aJobCanSeeItsCancellationMidway() {
        DeferredTaskRunner runner = new DeferredTaskRunner(problems);
        RunningTask[] handle = new RunningTask[1];
        handle[0] = runner.submit("Encoding", context -> {
            int batches = 0;
            for (int i = 0; i < 10; i++) {
                if (i == 3) {
                    handle[0].cancel(); // the user presses cancel while batch 3 runs
                }
                context.cancelToken().check();
                batches++;
            }
            return batches;
        }, seen::add, seen::add);
        runner.runAll();
        assertInstanceOf(CancelledException.class, seen.get(0));
        assertTrue(handle[0].isCancelled());
    }
}
