package merchlab;

/**
 * Lets the user stop a long job (import, encode, train, evaluate); jobs check it at batch and epoch boundaries.
 */
public final class CancelToken {
    private volatile boolean cancelled;

    /** A token nobody will cancel. */
    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} when the job has been cancelled. */
    public void check() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
