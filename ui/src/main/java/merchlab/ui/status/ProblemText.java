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
                return inWindowWords(t.getMessage());
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return "unexpected error (" + root.getClass().getSimpleName() + message + "); details are in the log";
    }

    /** What the window says to do where the engine's message names a command-line step. */
    public static final String PREPARE_HINT = "prepare the workspace (Workspace › Prepare workspace)";

    private static final java.util.regex.Pattern ENCODE_STEP = java.util.regex.Pattern.compile(
            "(re-)?run merchlab encode( --workspace \\S+)?( first| before [^;]*)?");
    private static final java.util.regex.Pattern TRAIN_STEP = java.util.regex.Pattern.compile(
            "train one first, for example merchlab train --model \\w+");

    /** The engine's message with its command-line steps put as the window's actions. */
    static String inWindowWords(String message) {
        if (message == null) {
            return "";
        }
        String said = ENCODE_STEP.matcher(message).replaceAll(java.util.regex.Matcher.quoteReplacement(PREPARE_HINT));
        return TRAIN_STEP.matcher(said).replaceAll(java.util.regex.Matcher.quoteReplacement(PREPARE_HINT
                + " or train one in Train"));
    }

    /** True when the problem is solved by preparing the workspace. */
    public static boolean solvedByPreparing(String text) {
        return text.contains(PREPARE_HINT);
    }

    /** "{action} failed: {reason}". */
    public static String describe(String action, Throwable error) {
        return action + " failed: " + reason(error);
    }
}
