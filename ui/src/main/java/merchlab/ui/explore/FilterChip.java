package merchlab.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.search.Filters;
import merchlab.search.IntentFilter;

/**
 * A filter the query stated (its category, when confidently read, or its price), shown as a chip the user can take off.
 *
 * @param filter which intent filter
 * @param label  what it restricts, in the shop's words
 */
public record FilterChip(IntentFilter filter, String label) {
    /** The chips of the filters a search applied from its query, category first. */
    public static List<FilterChip> of(Filters applied, java.util.Set<IntentFilter> fromQuery) {
        List<FilterChip> out = new ArrayList<>();
        if (fromQuery.contains(IntentFilter.CATEGORY) && applied.category() != null) {
            out.add(new FilterChip(IntentFilter.CATEGORY, "in " + applied.category()));
        }
        if (fromQuery.contains(IntentFilter.PRICE)) {
            Double min = applied.minPrice();
            Double max = applied.maxPrice();
            String label = min != null && max != null ? String.format(Locale.ROOT, "price %.2f–%.2f", min, max)
                    : max != null ? String.format(Locale.ROOT, "price up to %.2f", max)
                    : String.format(Locale.ROOT, "price from %.2f", min);
            out.add(new FilterChip(IntentFilter.PRICE, label));
        }
        return out;
    }
}
