package merchlab.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import merchlab.ui.RecordingProblems;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.runner.DeferredTaskRunner;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {
    private final DeferredTaskRunner runner = new DeferredTaskRunner(new RecordingProblems());
    private final StatusViewModel status = new StatusViewModel(runner);

    @Test
    void followsTheNewestRunningTask() {
        assertFalse(status.busyProperty().get());
        runner.submit("Importing catalog.csv", context -> {
            context.progress(0.5);
            context.message("1,000 rows");
            return null;
        }, v -> { });
        assertTrue(status.busyProperty().get());
        assertEquals("Importing catalog.csv", status.taskTitleProperty().get());
        runner.submit("Reading products", context -> null, v -> { });
        assertEquals("Reading products (+1 more)", status.taskTitleProperty().get());
        runner.runNext();
        assertEquals("Reading products", status.taskTitleProperty().get());
        runner.runAll();
        assertFalse(status.busyProperty().get());
        assertEquals("", status.taskTitleProperty().get());
    }

    @Test
    void progressAndMessageFollowTheTask() {
        RunningTask[] task = new RunningTask[1];
        task[0] = runner.submit("Training", context -> {
            context.progress(2, 8);
            context.message("epoch 2 of 8");
            assertEquals(0.25, status.taskProgressProperty().get(), 1e-9);
            assertEquals("epoch 2 of 8", status.taskMessageProperty().get());
            return null;
        }, v -> { });
        runner.runAll();
    }

    @Test
    void cancelReachesTheNewestTask() {
        RunningTask task = runner.submit("Encoding", context -> null, v -> { });
        status.cancelCurrentTask();
        assertTrue(task.isCancelled());
        assertEquals("Cancelling…", status.taskMessageProperty().get());
    }

    @Test
    void reasonsPreferTheUsersWords() {
        assertEquals("bad file", ProblemText.reason(new RuntimeException(new merchlab.MerchLabException("bad file"))));
        assertEquals("unexpected error (NullPointerException); details are in the log",
                ProblemText.reason(new NullPointerException()));
    }
}
