package merchlab.text;

/**
 * Hears how far an encoding job has got; called on the job's own thread.
 */
public interface EncodeListener {
    /** A listener that ignores everything. */
    EncodeListener NONE = new EncodeListener() {
    };

    /** Called once the work is known and after each stored batch. */
    default void progress(int embedded, int toEmbed) {
    }

    /** Something the user should know about, as one line. */
    default void warning(String message) {
    }
}
