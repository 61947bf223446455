package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.ui.RecordingProblems;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.runner.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxTaskRunnerTest {
    private final RecordingProblems problems = new RecordingProblems();
    private final FxTaskRunner runner = new FxTaskRunner(2, problems);
    private final List<String> threads = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void theFxThreadKeepsAnsweringWhileAJobRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> results = Collections.synchronizedList(new ArrayList<>());
        WaitForAsyncUtils.asyncFx(() -> runner.submit("Training", context -> {
            threads.add(Thread.currentThread().getName());
            for (int epoch = 1; !release.await(10, TimeUnit.MILLISECONDS); epoch++) {
                context.progress(Math.min(epoch, 99), 100);
                context.cancelToken().check();
            }
            return "trained";
        }, results::add)).get();
        for (int i = 0; i < 20; i++) { // while the job is busy, the FX thread answers each call within a second
            long started = System.nanoTime();
            WaitForAsyncUtils.asyncFx(() -> Platform.isFxApplicationThread()).get(1, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1));
        }
        assertTrue(results.isEmpty(), "the job is still running");
        release.countDown();
        FxTests.waitUntil("the job delivered its result", () -> !results.isEmpty());
        assertEquals(List.of("trained"), results);
        assertTrue(threads.get(0).startsWith("merchlab-task-"), threads.get(0));
        FxTests.waitUntil("the job left the running list", () -> runner.running().isEmpty());
    }

    @Test
    void progressAndOutcomesArriveOnTheFxThread() throws Exception {
        List<Boolean> onFx = Collections.synchronizedList(new ArrayList<>());
        RunningTask task = WaitForAsyncUtils.asyncFx(() -> runner.submit("Counting", context -> {
            for (int i = 1; i <= 1000; i++) {
                context.progress(i, 1000);
            }
            context.message("counted");
            return 1000;
        }, n -> onFx.add(Platform.isFxApplicationThread()))).get();
        task.progressProperty().addListener((obs, old, now) -> onFx.add(Platform.isFxApplicationThread()));
        FxTests.waitUntil("the job finished", () -> runner.running().isEmpty() && !onFx.isEmpty());
        assertTrue(onFx.stream().allMatch(b -> b), "every update on the FX thread");
        assertEquals(1.0, task.progressProperty().get(), 1e-9);
        assertEquals("counted", task.messageProperty().get());
    }

    @Test
    void failuresAreReportedAndCancellationIsNot() throws Exception {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        WaitForAsyncUtils.asyncFx(() -> runner.submit("Reading events", context -> {
            throw new MerchLabException("disk full");
        }, v -> { }, failures::add)).get();
        CountDownLatch started = new CountDownLatch(1);
        RunningTask slow = WaitForAsyncUtils.asyncFx(() -> runner.submit("Encoding", context -> {
            started.countDown();
            while (true) {
                context.cancelToken().check();
                Thread.onSpinWait();
            }
        }, v -> { }, failures::add)).get();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(slow::cancel).get();
        FxTests.waitUntil("both jobs ended", () -> failures.size() == 2);
        assertEquals(List.of("Reading events failed: disk full"), problems.reports);
        assertTrue(failures.stream().anyMatch(f -> f instanceof CancelledException));
    }
}
