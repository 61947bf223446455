package merchlab.ads;

import java.util.List;
import java.util.Objects;

/**
 * One result list with sponsored slots: a search or a recommendation list shown to a shopper at a time.
 *
 * @param requestId          the list's request id, as the behaviour log's impressions carry it
 * @param timestamp          when the list was shown, epoch milliseconds UTC
 * @param shopperId          the shopper, or null for an anonymous visitor
 * @param surface            search or recommendation list
 * @param query              the search's query text; null for a recommendation list
 * @param organicProducts    the products of the organic list in order (an ad never repeats one of them)
 * @param organicCategories  the category paths of the organic list (levels joined by {@code " > "}), what category
 *                           targeting matches; for a recommendation list the only context there is
 * @param slots              the 1-based positions in the final list that are sponsored, ascending (for example 1 and
 *                           4); the best ad takes the first slot
 */
public record AdRequest(String requestId, long timestamp, String shopperId, Surface surface, String query,
                        List<String> organicProducts, List<String> organicCategories, List<Integer> slots) {
    public AdRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(surface, "surface");
        if (surface == Surface.SEARCH && (query == null || query.isBlank())) {
            throw new IllegalArgumentException("a search ad request needs its query");
        }
        if (surface == Surface.RECOMMENDATION) {
            query = null;
        }
        organicProducts = List.copyOf(organicProducts == null ? List.of() : organicProducts);
        organicCategories = List.copyOf(organicCategories == null ? List.of() : organicCategories);
        slots = List.copyOf(slots);
        int previous = 0;
        for (int slot : slots) {
            if (slot <= previous) {
                throw new IllegalArgumentException("slots must be positive and ascending, got " + slots);
            }
            previous = slot;
        }
    }

    /**
     * The sponsored positions a list with {@code organicCount} organic products can hold exactly: the i-th slot (from
     * 0) at position p needs p - 1 - i organic products before it, so a short list keeps only its first slots. The
     * generator places ads by this rule and a replay reads it back the same way.
     */
    public static List<Integer> fillableSlots(List<Integer> slots, int organicCount) {
        List<Integer> kept = new java.util.ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) - 1 - i <= organicCount) {
                kept.add(slots.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /** Whether the request is a search (else a recommendation list). */
    public boolean isSearch() {
        return surface == Surface.SEARCH;
    }
}
