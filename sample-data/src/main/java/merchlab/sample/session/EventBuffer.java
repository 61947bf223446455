package merchlab.sample.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds events until no later-generated session can precede them, then hands them on in time order.
 *
 * <p>Sessions are generated day by day; a session may run past midnight, so after each day only events before the
 * next day's start are final. Memory stays at about one day of events.
 */
public final class EventBuffer {
    private static final Comparator<ShopEvent> ORDER = (a, b) -> a.timestamp() != b.timestamp()
            ? Long.compare(a.timestamp(), b.timestamp()) : Long.compare(a.sequence(), b.sequence());
    private final List<EventSink> sinks;
    private List<ShopEvent> pending = new ArrayList<>();

    public EventBuffer(List<EventSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    public void add(ShopEvent event) {
        pending.add(event);
    }

    /** Passes on, in order, every held event before {@code epochMillis}. */
    public void flushBefore(long epochMillis) {
        pending.sort(ORDER);
        List<ShopEvent> later = new ArrayList<>();
        for (ShopEvent e : pending) {
            if (e.timestamp() < epochMillis) {
                for (EventSink sink : sinks) {
                    sink.accept(e);
                }
            } else {
                later.add(e);
            }
        }
        pending = later;
    }

    public void flushAll() {
        flushBefore(Long.MAX_VALUE);
    }
}
