package merchlab.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import merchlab.catalog.Product;
import merchlab.text.CatalogFixture;
import merchlab.text.HashingEncoder;
import merchlab.text.ProductText;
import org.junit.jupiter.api.Test;

/** Reading queries in the catalog's own vocabulary. */
class QueryUnderstandingTest {
    private static final List<Product> CATALOG = List.of(
            product("1", "Trail Running Shoes", "Stride", "Shoes > Running", "Red", "42"),
            product("2", "Road Running Shoes", "Stride", "Shoes > Running", "Blue", "44"),
            product("3", "Leather Hiking Boots", "Summit Gear", "Shoes > Boots", "Brown", "42"),
            product("4", "Cotton T-Shirt", "Basics", "Apparel > Tops", "Navy Blue", "XL"),
            product("5", "男士轻便跑步鞋", "飞跃", "鞋 > 跑步鞋", "黑色", "42"),
            product("6", "不锈钢炒锅", "厨神", "家居 > 厨房", "银色", null));

    private static Product product(String id, String title, String brand, String category, String color, String size) {
        return new Product(id, title, null, brand, category, 10.0, null, null, null, color, size, null, null, null, null,
                null, java.util.Map.of());
    }

    private static QueryUnderstanding understanding() {
        CatalogVocabulary.Builder b = CatalogVocabulary.builder();
        CATALOG.forEach(b::add);
        HashingEncoder encoder = new HashingEncoder("en", 64);
        CategoryModel model = CategoryModel.fit(CATALOG.size(), r -> encoder.encode(ProductText.compose(CATALOG.get(r))),
                r -> CATALOG.get(r).category(), CategoryModel.Settings.DEFAULT);
        return new QueryUnderstanding(b.build(), model, encoder::encode);
    }

    @Test
    void readsBrandColourSizeAndPriceInEnglish() {
        QueryIntent intent = understanding().understand("summit gear brown boots size 42 under 150");
        assertEquals("Summit Gear", intent.brand());
        assertEquals("Brown", intent.colour());
        assertEquals("42", intent.size());
        assertEquals(new PriceRange(null, 150.0), intent.price());
        assertEquals("summit gear brown boots size 42", intent.text());
        assertEquals("Shoes > Boots", intent.topCategory());
    }

    @Test
    void readsChineseQueriesWithoutSpaces() {
        QueryIntent intent = understanding().understand("飞跃黑色跑步鞋200元以内");
        assertEquals("飞跃", intent.brand());
        assertEquals("黑色", intent.colour());
        assertEquals(new PriceRange(null, 200.0), intent.price());
        assertEquals("鞋 > 跑步鞋", intent.topCategory());
    }

    @Test
    void colourPartsAndPluralsMatchAndWordsInsideOtherWordsDoNot() {
        QueryUnderstanding u = understanding();
        assertEquals("Blue", u.understand("blue tops").colour());
        assertEquals("Navy Blue", u.understand("navy blue t-shirt").colour());
        assertNull(u.understand("bored").colour());
        assertNull(u.understand("reddish").colour());
    }

    @Test
    void letterSizesNeedTheWordSize() {
        QueryUnderstanding u = understanding();
        assertNull(u.understand("xl").size(), "a bare xl is too ambiguous");
        assertEquals("XL", u.understand("t-shirt size xl").size());
    }

    @Test
    void categoryProbabilitiesSumToAtMostOneAndAreOrdered() {
        List<CategoryGuess> guesses = understanding().understand("running shoes").categories();
        assertEquals(3, guesses.size());
        assertEquals("Shoes > Running", guesses.get(0).path());
        double sum = guesses.stream().mapToDouble(CategoryGuess::probability).sum();
        assertTrue(sum <= 1.0 + 1e-9 && guesses.get(0).probability() >= guesses.get(1).probability());
    }

    @Test
    void termMatcherPrefersTheLongestTerm() {
        TermMatcher<String> m = new TermMatcher<String>().add("Blue", "b").add("Navy Blue", "nb").add("跑步", "r")
                .add("跑步鞋", "rs");
        assertEquals(List.of("nb"), m.findAll("a navy blue coat").stream().map(TermMatcher.Found::value).toList());
        List<TermMatcher.Found<String>> found = m.findAll("男士跑步鞋");
        assertEquals("rs", found.get(0).value());
        assertEquals("跑步鞋", found.get(0).surface());
        assertEquals(Set.of(), Set.copyOf(m.findAll("bluetooth")));
    }
}
