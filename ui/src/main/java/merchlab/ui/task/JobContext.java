package merchlab.ui.task;

import merchlab.CancelToken;

/** What a running {@link Job} may tell the window, and how it learns that the user cancelled it. Thread-safe. */
public interface JobContext {
    /** Fraction done, 0 to 1; a negative value means "unknown". */
    void progress(double fraction);

    /** {@code done} of {@code total} units; unknown progress when {@code total} is not positive. */
    default void progress(long done, long total) {
        progress(total > 0 ? Math.min(1.0, (double) done / total) : -1);
    }

    /** A short line saying what the job is doing now. */
    void message(String text);

    /** Cancelled when the user presses cancel; pass it to engine calls and check it between batches. */
    CancelToken cancelToken();
}
