package merchlab.model;

/**
 * The time window of logs a model is trained on: events with {@code from <= ts < to}, epoch ms.
 */
public record DataWindow(long from, long to) {
    public DataWindow {
        if (to < from) {
            throw new IllegalArgumentException("window ends before it starts");
        }
    }

    /** Every event. */
    public static DataWindow all() {
        return new DataWindow(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public boolean contains(long ts) {
        return ts >= from && ts < to;
    }
}
