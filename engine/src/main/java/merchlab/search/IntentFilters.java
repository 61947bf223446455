package merchlab.search;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.query.CategoryGuess;
import merchlab.query.QueryIntent;

/**
 * Turns what a query states into hard filters: the price range it names, and the deepest category path whose
 * probability, summed over the guesses at and below it, reaches {@code categoryConfidence}. A category the caller set
 * wins over the query's; a stated price narrows the caller's range.
 *
 * @param categoryConfidence the probability a category path needs to become a filter (above 1 turns it off)
 */
public record IntentFilters(double categoryConfidence) {
    /** More likely than not; judged search quality on the generated shops rose as the threshold fell from 0.9 to 0.4 (BENCHMARKS.md). */
    public static final IntentFilters DEFAULT = new IntentFilters(0.5);

    /** The filters applied and which of them the query supplied. */
    public record Applied(Filters filters, Set<IntentFilter> fromQuery) {
    }

    /** The caller's filters narrowed by the intent, leaving out the intent filters named in {@code ignored}. */
    public Applied apply(QueryIntent intent, Filters given, Set<IntentFilter> ignored) {
        Filters out = given;
        Set<IntentFilter> from = EnumSet.noneOf(IntentFilter.class);
        if (intent.price() != null && !ignored.contains(IntentFilter.PRICE)) {
            Filters narrowed = out.withPrice(intent.price().min(), intent.price().max());
            if (!narrowed.equals(out)) {
                from.add(IntentFilter.PRICE);
            }
            out = narrowed;
        }
        String category = given.category() == null && !ignored.contains(IntentFilter.CATEGORY)
                ? confidentCategory(intent.categories(), categoryConfidence) : null;
        if (category != null) {
            out = new Filters(category, out.minPrice(), out.maxPrice(), out.inStockOnly());
            from.add(IntentFilter.CATEGORY);
        }
        return new Applied(out, from);
    }

    /** The deepest path whose summed probability reaches {@code confidence}, or null. */
    static String confidentCategory(List<CategoryGuess> guesses, double confidence) {
        Map<String, Double> mass = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (CategoryGuess g : guesses) {
            String[] levels = g.path().split(">");
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < levels.length; i++) {
                prefix.append(i == 0 ? "" : " > ").append(levels[i].strip());
                String p = prefix.toString();
                mass.merge(p, g.probability(), Double::sum);
                depth.put(p, i + 1);
            }
        }
        String best = null;
        for (Map.Entry<String, Double> e : mass.entrySet()) {
            if (e.getValue() < confidence - 1e-9) {
                continue;
            }
            if (best == null || depth.get(e.getKey()) > depth.get(best)
                    || depth.get(e.getKey()).equals(depth.get(best)) && e.getValue() > mass.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
