package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import merchlab.query.CategoryGuess;
import merchlab.query.PriceRange;
import merchlab.query.QueryIntent;
import org.junit.jupiter.api.Test;

/** What a query states becomes filters, confidently and removably. */
class IntentFiltersTest {
    private static QueryIntent intent(PriceRange price, CategoryGuess... guesses) {
        return new QueryIntent("q", "q", List.of(guesses), null, null, null, price);
    }

    @Test
    void aConfidentLeafAndAStatedPriceBecomeFilters() {
        IntentFilters.Applied a = new IntentFilters(0.5).apply(intent(new PriceRange(null, 80.0),
                new CategoryGuess("Shoes > Running", 0.87), new CategoryGuess("Shoes > Trail", 0.1)), Filters.none(),
                Set.of());
        assertEquals("Shoes > Running", a.filters().category());
        assertEquals(80.0, a.filters().maxPrice());
        assertEquals(Set.of(IntentFilter.CATEGORY, IntentFilter.PRICE), a.fromQuery());
    }

    @Test
    void guessesSplitBetweenLeavesFilterOnTheirCommonParent() {
        assertEquals("Shoes", IntentFilters.confidentCategory(List.of(new CategoryGuess("Shoes > Running", 0.35),
                new CategoryGuess("Shoes > Trail", 0.3), new CategoryGuess("Home > Rugs", 0.2)), 0.5));
        assertNull(IntentFilters.confidentCategory(List.of(new CategoryGuess("Shoes > Running", 0.3),
                new CategoryGuess("Home > Rugs", 0.3)), 0.5));
    }

    @Test
    void ignoredIntentFiltersAndTheCallersCategoryWin() {
        QueryIntent i = intent(new PriceRange(null, 80.0), new CategoryGuess("Shoes > Running", 0.9));
        IntentFilters.Applied off = IntentFilters.DEFAULT.apply(i, Filters.none(),
                Set.of(IntentFilter.CATEGORY, IntentFilter.PRICE));
        assertEquals(Filters.none(), off.filters());
        assertEquals(Set.of(), off.fromQuery());
        IntentFilters.Applied caller = IntentFilters.DEFAULT.apply(i, new Filters("Home", null, null, false), Set.of());
        assertEquals("Home", caller.filters().category());
        assertEquals(Set.of(IntentFilter.PRICE), caller.fromQuery());
    }
}
