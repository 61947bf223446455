package merchlab.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures start-up when {@code -Dmerchlab.startupTiming=true}: milliseconds from the JVM's start to the first
 * frame of the window, to the open workspace, and to the first page of products on screen.
 */
final class StartupTiming {
    private final long jvmStart;
    private final Consumer<String> out;
    private long window = -1;
    private long workspace = -1;
    private long data = -1;
    private boolean reported;
    private Runnable onReported = () -> { };

    StartupTiming(Consumer<String> out) {
        this.jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        this.out = out;
    }

    /** Whether timing was asked for on the command line. */
    static boolean requested() {
        return Boolean.getBoolean("merchlab.startupTiming");
    }

    void windowShown() {
        if (window < 0) {
            window = sinceStart();
        }
    }

    void workspaceOpen() {
        if (workspace < 0) {
            workspace = sinceStart();
        }
    }

    /** The first page of data is on screen: start-up is over, so the line is printed. */
    void dataShown() {
        if (data < 0) {
            data = sinceStart();
            report();
        }
    }

    /** Runs after the line is printed (the benchmark closes the window then). */
    void setOnReported(Runnable action) {
        onReported = action;
    }

    private void report() {
        if (reported || window < 0) {
            return;
        }
        reported = true;
        out.accept(String.format(Locale.ROOT,
                "startup: first frame %d ms, workspace open %d ms, data on screen %d ms (since JVM start, java %s)",
                window, workspace, data, System.getProperty("java.version")));
        onReported.run();
    }

    private long sinceStart() {
        return System.currentTimeMillis() - jvmStart;
    }
}
