package merchlab.model;

/**
 * The context of a visit: device, hour of day and day of week, as seen by context-aware models.
 *
 * @param device  {@code mobile}, {@code desktop}, {@code tablet} or null when unknown
 * @param hour    0-23, or -1 when unknown
 * @param weekday 1 (Monday) - 7, or -1 when unknown
 */
public record Context(String device, int hour, int weekday) {
    /** No context known: models use their neutral value. */
    public static Context unknown() {
        return new Context(null, -1, -1);
    }
}
