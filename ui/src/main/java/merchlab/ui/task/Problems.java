package merchlab.ui.task;

/** Where failures go so that the user sees them (and the log records them); called on the UI thread. */
@FunctionalInterface
public interface Problems {
    /** Reports that {@code action} (for example "Importing catalog.csv") failed with {@code error}. */
    void report(String action, Throwable error);
}
