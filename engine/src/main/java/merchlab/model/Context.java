package merchlab.model;

/**
 * The context of a visit: device, hour of day, day of week, and what the shopper searched for earlier in the same
 * visit, as seen by context-aware models.
 *
 * @param device     {@code mobile}, {@code desktop}, {@code tablet} or null when unknown
 * @param hour       0-23, or -1 when unknown
 * @param weekday    1 (Monday) - 7, or -1 when unknown
 * @param visitQuery the shopper's latest search earlier in this visit, or null; recommendation requests read it as
 *                   the visit's intent
 */
public record Context(String device, int hour, int weekday, String visitQuery) {
    /** A context without an earlier search. */
    public Context(String device, int hour, int weekday) {
        this(device, hour, weekday, null);
    }

    /** No context known: models use their neutral value. */
    public static Context unknown() {
        return new Context(null, -1, -1, null);
    }

    /** The same context with the visit's earlier search. */
    public Context withVisitQuery(String query) {
        return new Context(device, hour, weekday, query);
    }
}
