package merchlab.importer.store;

import java.util.Arrays;
import java.util.Objects;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.read.Hash64;

/**
 * The id of an event, derived from its natural key (time, shopper, session, type, product, query, position,
 * request): the time in milliseconds in the high 43 bits and a 20-bit hash of the rest below, so ids follow time
 * (new events append to the table instead of scattering over it) and the same event always gets the same id. Two
 * different events that share an id are told apart by comparing their keys; the later one takes the next free id.
 */
public final class EventIds {
    static final int HASH_BITS = 20;
    private static final String[] CODES = Arrays.stream(EventType.values()).map(EventType::code)
            .toArray(String[]::new);

    private EventIds() {
    }

    /** The preferred id of {@code e}. */
    public static long of(Event e) {
        long h = new Hash64().add(e.userId()).add(e.sessionId()).add(CODES[e.type().ordinal()]).add(e.productId())
                .add(e.query()).add(e.position() == null ? -1 : e.position()).add(e.requestId()).value();
        return (e.timestamp() << HASH_BITS) | (h & ((1L << HASH_BITS) - 1));
    }

    /** Whether two events have the same natural key. */
    static boolean sameKey(Event a, long ts, String user, String session, String type, String product, String query,
                           Integer position, String request) {
        return a.timestamp() == ts && Objects.equals(a.userId(), user) && Objects.equals(a.sessionId(), session)
                && CODES[a.type().ordinal()].equals(type) && Objects.equals(a.productId(), product)
                && Objects.equals(a.query(), query) && Objects.equals(a.position(), position)
                && Objects.equals(a.requestId(), request);
    }
}
