package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import merchlab.catalog.Product;
import org.junit.jupiter.api.Test;

class CatalogTermsTest {
    private static Product product(String id, String title, String brand, String category) {
        return new Product(id, title, null, brand, category, 10.0, null, null, null, null, null, null, null, null, null,
                null, Map.of());
    }

    /** Titles in the style of a real home-decor feed: no category paths, the kind of product last. */
    private static CatalogTerms homeDecor() {
        CatalogTerms.Builder b = CatalogTerms.builder();
        String[] titles = {"Alchimia Bubble Vase", "Black Vase L", "Azure Tower Vase", "Birdy Vases", "Whip Pink Vase",
            "Flower Girl Candleholder Pink", "Flower Girl Candleholder Ochre", "Flower Girl Candleholder Lilac",
            "Hollandia Flowers Dinner Plate", "Deer Dessert Plate", "Fruit Feast Plate", "Good Morning Mug"};
        for (int i = 0; i < titles.length; i++) {
            b.add(product("p" + i, titles[i], i == 0 ? "Rituali Domestici" : "Kersten", null));
        }
        b.add(product("s1", "Trail Runner 2", "Fleetfoot", "Shoes > Running Shoes"));
        return b.build();
    }

    @Test
    void wordsThatEndManyTitlesOrNameACategoryAreKindsOfProduct() {
        CatalogTerms terms = homeDecor();
        assertTrue(terms.isProductType("vase"));
        assertTrue(terms.isProductType("Vases"));
        assertTrue(terms.isProductType("candleholder"));
        assertTrue(terms.isProductType("plates"));
        assertTrue(terms.isProductType("shoes"));
        assertFalse(terms.isProductType("flower"), "'Flower' opens titles, it does not name what they are");
        assertFalse(terms.isProductType("mug"), "one title is too few to tell");
        assertEquals(5, terms.frequency("vase"));
        assertEquals(4, terms.frequency("flowers"));
    }

    @Test
    void aQueryOfMinorWordsNamesNoKindOfProduct() {
        CatalogTerms terms = homeDecor();
        assertFalse(terms.namesProductOrBrand("something to put flowers in"));
        assertTrue(terms.namesProductOrBrand("pink vase"));
        assertTrue(terms.namesProductOrBrand("kersten"));
        assertTrue(terms.namesProductOrBrand("花瓶"), "Chinese words are not judged here");
    }

    @Test
    void misspeltWordsAreReadAsTheClosestCatalogWord() {
        CatalogTerms terms = homeDecor();
        assertEquals(Optional.of("vase"), terms.correction("vaze"));
        assertEquals(Optional.of("candleholder"), terms.correction("candelholder"));
        assertEquals(Optional.of("plate"), terms.correction("plaet"));
        assertEquals(Optional.empty(), terms.correction("vase"), "a word the catalog uses stays");
        assertEquals(Optional.empty(), terms.correction("mgu"), "too short to correct");
        assertEquals(Optional.empty(), terms.correction("umbrella"), "nothing close");
        assertEquals(Optional.empty(), terms.correction("pinl"), "a short word is only read as a kind of product");
        assertEquals(Optional.of("flower"), terms.correction("flowre"), "a longer word may be any catalog word");
    }
}
