package merchlab.ui.status;

import merchlab.MerchLabException;

/** Turns a failure into the one line a user reads. */
public final class ProblemText {
    private ProblemText() {
    }

    /**
     * The reason in words: a {@link MerchLabException}'s own message (found along the cause chain), otherwise the
     * error's type and message with a pointer to the log.
     */
    public static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MerchLabException) {
                return t.getMessage();
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return "unexpected error (" + root.getClass().getSimpleName() + message + "); details are in the log";
    }

    /** "{action} failed: {reason}". */
    public static String describe(String action, Throwable error) {
        return action + " failed: " + reason(error);
    }
}
