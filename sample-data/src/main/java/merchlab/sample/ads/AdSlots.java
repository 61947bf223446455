package merchlab.sample.ads;

import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;

/**
 * Where a generated shop shows sponsored products: 1-based positions of the final search result list and of the final
 * recommendation list. No positions at all means no ads, and the shop is written exactly as without this feature.
 *
 * @param search         sponsored positions of a search list, ascending (for example 1 and 4)
 * @param recommendation sponsored positions of a recommendation list, ascending
 */
public record AdSlots(List<Integer> search, List<Integer> recommendation) {
    private static final int MAX_POSITION = 20;

    public AdSlots {
        search = check(search, "search");
        recommendation = check(recommendation, "recommendation");
    }

    /** No sponsored slots: the shop has no ads. */
    public static AdSlots none() {
        return new AdSlots(List.of(), List.of());
    }

    /** The bundled sample's slots: positions 1 and 4 of a search list, position 2 of a recommendation list. */
    public static AdSlots sample() {
        return new AdSlots(List.of(1, 4), List.of(2));
    }

    /** Whether the shop has ads at all. */
    public boolean on() {
        return !search.isEmpty() || !recommendation.isEmpty();
    }

    /** The positions a list such as {@code 1,4} names; empty text for none. */
    public static List<Integer> parse(String text, String what) {
        List<Integer> positions = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return positions;
        }
        for (String part : text.split(",")) {
            try {
                positions.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new MerchLabException(what + " ad slots must be positions such as 1,4; got '" + text + "'");
            }
        }
        return check(positions, what);
    }

    private static List<Integer> check(List<Integer> positions, String what) {
        if (positions == null) {
            return List.of();
        }
        int previous = 0;
        for (int p : positions) {
            if (p <= previous || p > MAX_POSITION) {
                throw new MerchLabException(what + " ad slots must be ascending positions from 1 to " + MAX_POSITION
                        + ", got " + positions);
            }
            previous = p;
        }
        return List.copyOf(positions);
    }
}
