package merchlab.features;

import java.util.Arrays;
import java.util.Locale;
import merchlab.behaviour.EventType;
import merchlab.store.EventStore;
import merchlab.workspace.Workspace;

/**
 * Behaviour events of a time window held in memory column by column, oldest first, for replay by the feature pipeline,
 * the baselines and the evaluation.
 *
 * <p>Products are catalog indexes (-1 when the catalog lacks the product); shoppers, queries and requests are numbered
 * through dictionaries (-1 when absent); positions are 0 when not shown in a list; true click probabilities are NaN
 * outside generated data.
 */
public final class EventLog {
    public static final byte DEVICE_UNKNOWN = 0;
    public static final byte DEVICE_MOBILE = 1;
    public static final byte DEVICE_DESKTOP = 2;
    public static final byte DEVICE_TABLET = 3;

    private static final EventType[] TYPES = EventType.values();

    private int size;
    private long[] ts = new long[1024];
    private int[] user = new int[1024];
    private byte[] type = new byte[1024];
    private int[] product = new int[1024];
    private int[] query = new int[1024];
    private short[] position = new short[1024];
    private byte[] device = new byte[1024];
    private int[] request = new int[1024];
    private int[] session = new int[1024];
    private float[] trueCtr = new float[1024];
    private int[] dwell = new int[1024];
    private final Dictionary users = new Dictionary();
    private final Dictionary queries = new Dictionary();
    private final Dictionary requests = new Dictionary();
    private final Dictionary sessions = new Dictionary();

    /** Loads the events with {@code from <= ts < to}, ordered by time. */
    public static EventLog load(Workspace workspace, ShopCatalog catalog, long from, long to) {
        EventLog log = new EventLog();
        new EventStore(workspace).events(from, to, log.appender(catalog));
        return log;
    }

    /** Loads the engagements with {@code from <= ts < to} that {@code keep} accepts, ordered by time. */
    static EventLog loadEngagements(Workspace workspace, ShopCatalog catalog, long from, long to,
                                    EventStore.EventFilter keep) {
        EventLog log = new EventLog();
        new EventStore(workspace).engagements(from, to, keep, log.appender(catalog));
        return log;
    }

    private EventStore.EventSink appender(ShopCatalog catalog) {
        return (timestamp, userId, eventType, productId, queryText, shownPosition, deviceName, requestId,
                trueClickProbability, sessionId, dwellMillis) -> add(timestamp, userId, eventType,
                catalog.indexOf(productId), queryText, shownPosition, deviceName, requestId, trueClickProbability,
                sessionId, dwellMillis);
    }

    /** Appends one event without a dwell time; events must be added oldest first. */
    public void add(long timestamp, String userId, EventType eventType, int productIndex, String queryText,
                    int shownPosition, String deviceName, String requestId, float trueClickProbability,
                    String sessionId) {
        add(timestamp, userId, eventType, productIndex, queryText, shownPosition, deviceName, requestId,
                trueClickProbability, sessionId, -1);
    }

    /**
     * Appends one event; events must be added oldest first.
     *
     * @param dwellMillis time on the product page after a click, in milliseconds; -1 when not recorded
     */
    public void add(long timestamp, String userId, EventType eventType, int productIndex, String queryText,
                    int shownPosition, String deviceName, String requestId, float trueClickProbability,
                    String sessionId, int dwellMillis) {
        if (size > 0 && timestamp < ts[size - 1]) {
            throw new IllegalArgumentException("events must be added in time order");
        }
        if (size == ts.length) {
            grow();
        }
        ts[size] = timestamp;
        user[size] = users.idOrAdd(userId);
        type[size] = (byte) eventType.ordinal();
        product[size] = productIndex;
        String q = normaliseQuery(queryText);
        query[size] = queries.idOrAdd(q);
        position[size] = (short) Math.max(0, Math.min(Short.MAX_VALUE, shownPosition));
        device[size] = device(deviceName);
        request[size] = requests.idOrAdd(requestId == null || requestId.isBlank() ? null : requestId);
        trueCtr[size] = trueClickProbability;
        session[size] = sessions.idOrAdd(sessionId == null || sessionId.isBlank() ? null : sessionId);
        dwell[size] = dwellMillis > 0 ? dwellMillis : -1;
        size++;
    }

    private void grow() {
        int n = ts.length * 2;
        ts = Arrays.copyOf(ts, n);
        user = Arrays.copyOf(user, n);
        type = Arrays.copyOf(type, n);
        product = Arrays.copyOf(product, n);
        query = Arrays.copyOf(query, n);
        position = Arrays.copyOf(position, n);
        device = Arrays.copyOf(device, n);
        request = Arrays.copyOf(request, n);
        trueCtr = Arrays.copyOf(trueCtr, n);
        session = Arrays.copyOf(session, n);
        dwell = Arrays.copyOf(dwell, n);
    }

    /** Query text as the pipeline compares it: trimmed, lower case, single spaces; null when blank. */
    public static String normaliseQuery(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** The device code of a device name: mobile, desktop, tablet or unknown. */
    public static byte device(String name) {
        if (name == null) {
            return DEVICE_UNKNOWN;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "mobile", "phone", "smartphone", "android", "ios", "app" -> DEVICE_MOBILE;
            case "desktop", "pc", "web", "computer", "laptop" -> DEVICE_DESKTOP;
            case "tablet", "ipad" -> DEVICE_TABLET;
            default -> DEVICE_UNKNOWN;
        };
    }

    /** The name of a device code, null for unknown. */
    public static String deviceName(byte code) {
        return switch (code) {
            case DEVICE_MOBILE -> "mobile";
            case DEVICE_DESKTOP -> "desktop";
            case DEVICE_TABLET -> "tablet";
            default -> null;
        };
    }

    public int size() {
        return size;
    }

    public long timestamp(int i) {
        return ts[i];
    }

    /** Shopper number, -1 for anonymous events. */
    public int user(int i) {
        return user[i];
    }

    public EventType type(int i) {
        return TYPES[type[i]];
    }

    /** Whether the event is a click, view, add-to-cart or purchase. */
    public boolean isEngagement(int i) {
        return TYPES[type[i]].isEngagement();
    }

    /** Catalog index of the product, -1 when none or unknown. */
    public int product(int i) {
        return product[i];
    }

    /** Query number, -1 when none. */
    public int query(int i) {
        return query[i];
    }

    /** Position shown, 0 when none. */
    public int position(int i) {
        return position[i];
    }

    public byte device(int i) {
        return device[i];
    }

    /** Request number, -1 when the event belongs to no result list. */
    public int request(int i) {
        return request[i];
    }

    /** Visit (session) number, -1 when the event names none. */
    public int session(int i) {
        return session[i];
    }

    /** Milliseconds on the product page after the event (a click), -1 when not recorded. */
    public int dwellMillis(int i) {
        return dwell[i];
    }

    /** True click probability, NaN when unknown. */
    public float trueCtr(int i) {
        return trueCtr[i];
    }

    public Dictionary users() {
        return users;
    }

    public Dictionary queries() {
        return queries;
    }

    public Dictionary requests() {
        return requests;
    }

    /**
     * For each event, the query of the latest search earlier in the same visit (query number, -1 when none): what a
     * recommendation shown then is read as being about.
     */
    public int[] visitQueries() {
        int[] out = new int[size];
        int[] last = new int[sessions.size()];
        Arrays.fill(last, -1);
        for (int i = 0; i < size; i++) {
            int s = session[i];
            out[i] = s < 0 ? -1 : last[s];
            if (s >= 0 && type[i] == (byte) EventType.SEARCH.ordinal() && query[i] >= 0) {
                last[s] = query[i];
            }
        }
        return out;
    }

    /** Time of the first event, or 0 when empty. */
    public long firstTimestamp() {
        return size == 0 ? 0 : ts[0];
    }

    /** Time of the last event, or 0 when empty. */
    public long lastTimestamp() {
        return size == 0 ? 0 : ts[size - 1];
    }
}
