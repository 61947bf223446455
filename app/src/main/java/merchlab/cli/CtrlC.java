package merchlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import merchlab.CancelToken;

/**
 * Runs a long job so that Ctrl-C asks it to stop at its next batch boundary (through its cancel token) and the JVM
 * exits only once it has, keeping what it finished.
 */
final class CtrlC {
    private CtrlC() {
    }

    /** Runs {@code job} with a token that Ctrl-C cancels; returns its result or throws what it threw. */
    static <T> T stoppable(Function<CancelToken, T> job) {
        CancelToken cancel = new CancelToken();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancel.cancel();
            try {
                stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return job.apply(cancel);
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException ignored) {
                // the JVM is already shutting down
            }
        }
    }
}
