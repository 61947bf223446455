package merchlab.browse;

import java.util.Map;

/**
 * The headline figures of a workspace's data.
 *
 * @param shoppers     distinct shoppers seen in the users table or in events
 * @param eventsByType event type name to count, in the order of {@link merchlab.behaviour.EventType}; types with no
 *                     events are absent
 * @param from         epoch milliseconds of the first event, or {@code null} when there are none
 * @param to           epoch milliseconds of the last event, or {@code null} when there are none
 */
public record DataSummary(long products, long shoppers, long events, Map<String, Long> eventsByType, Long from, Long to,
                          long judgments, long imports) {
    public DataSummary {
        eventsByType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eventsByType));
    }

    /** True when the workspace holds neither products nor events. */
    public boolean empty() {
        return products == 0 && events == 0;
    }
}
