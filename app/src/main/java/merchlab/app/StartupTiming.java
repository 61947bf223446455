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
    private long main = -1;
    private long toolkit = -1;
    private long window = -1;
    private long workspace = -1;
    private long data = -1;
    private String shown = "data on screen";
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

    /** {@code epochMillis}: when {@code main} began; now: when the toolkit called the application's start. */
    void launched(long mainEpochMillis) {
        main = mainEpochMillis < 0 ? -1 : mainEpochMillis - jvmStart;
        toolkit = sinceStart();
    }

    void windowShown() {
        if (window < 0) {
            window = sinceStart();
            if (data >= 0) {
                report();
            }
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

    /**
     * A section other than Data was open at start-up: start-up is over at the first layout after the workspace
     * opened, and the line names the section.
     */
    void sectionShown(String section) {
        if (data < 0) {
            shown = section + " on screen";
        }
        dataShown();
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
        out.accept(String.format(Locale.ROOT, "startup: main %d ms, toolkit %d ms, first frame %d ms, workspace open "
                        + "%d ms, %s %d ms (since JVM start; process CPU %d ms; %d cores; java %s)",
                main, toolkit, window, workspace, shown, data, cpuMillis(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        onReported.run();
    }

    /** CPU time this process has used, all threads; -1 where the platform does not say. */
    private static long cpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private long sinceStart() {
        return System.currentTimeMillis() - jvmStart;
    }
}
