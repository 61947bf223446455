package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import merchlab.CancelToken;
import merchlab.catalog.Product;
import merchlab.text.CatalogFixture;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeService;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases found on real shops' catalogs (BENCHMARKS.md, "Search on real catalogs"), on a small catalog written in
 * their style: titles that end in the kind of product, and minor words that other products' names happen to share.
 */
class MinorWordSearchTest {
    @TempDir
    Path dir;

    private static List<Product> homeDecor() {
        String[] titles = {"Bulb Pink Vase", "Azure Tower Vase", "Alchimia Bubble Vase", "Black Glass Vase",
            "Flower Girl Candleholder Pink", "Flower Girl Candleholder Ochre", "Flower Girl Candleholder Lilac",
            "Hollandia Flowers Dinner Plate", "Deer Dessert Plate", "Fruit Feast Plate", "Summer Sandals",
            "Flat Sandals", "Knotted Bow Sandals", "Empire Waist Gown", "Tummy Control Pant", "Bodysuit Shaper",
            "Terracotta Planter", "Hanging Rope Planter", "Speckled Ceramic Planter", "Wine Chiller Bucket", "Green Plants Wall Art"};
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            products.add(CatalogFixture.product(String.format("p%02d", i), titles[i], "Kersten", null, 20.0 + i, null,
                    "in stock"));
        }
        return products;
    }

    private ProductSearch search() {
        Workspace ws = CatalogFixture.workspace(dir, homeDecor());
        EncodeService.create(ws).encode("en", EncodeListener.NONE, CancelToken.none());
        return ProductSearch.open(ws);
    }

    private static String firstTitle(SearchResult r) {
        String id = r.candidates().get(0).productId();
        return homeDecor().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().title();
    }

    @Test
    void aMinorWordSharedWithAProductNameDoesNotOutweighWhatTheQueryMeans() {
        try (ProductSearch search = search()) {
            String first = firstTitle(search.search("something to put flowers in", 5, Filters.none()));
            assertTrue(first.endsWith("Vase"), first);
        }
    }

    @Test
    void aQueryNamingAKindOfProductStillMatchesItsWords() {
        try (ProductSearch search = search()) {
            String first = firstTitle(search.search("flower candleholder", 5, Filters.none()));
            assertTrue(first.startsWith("Flower Girl Candleholder"), first);
        }
    }

    @Test
    void misspeltKindsOfProductAreFound() {
        try (ProductSearch search = search()) {
            SearchResult r = search.search("sandels", 5, Filters.none());
            assertEquals(List.of(new Correction("sandels", "sandals")), r.corrections());
            assertTrue(firstTitle(r).endsWith("Sandals"), firstTitle(r));
            assertTrue(firstTitle(search.search("vaze", 5, Filters.none())).endsWith("Vase"));
        }
    }

    @Test
    void chineseQueriesOverEnglishTitlesAreReadInTheCatalogsEnglish() {
        try (ProductSearch search = search()) {
            SearchResult sandals = search.search("凉鞋", 5, Filters.none());
            assertEquals(List.of(new Correction("凉鞋", "sandal", Correction.Kind.TRANSLATION)), sandals.corrections());
            assertTrue(firstTitle(sandals).endsWith("Sandals"), firstTitle(sandals));
            assertTrue(firstTitle(search.search("花瓶", 5, Filters.none())).endsWith("Vase"));
            assertTrue(firstTitle(search.search("盘子", 5, Filters.none())).endsWith("Plate"), "the catalog's plates");
            SearchResult off = search.optTranslation(false).search("凉鞋", 5, Filters.none());
            assertTrue(off.corrections().isEmpty(), "translation can be turned off for comparisons");
        }
    }

    @Test
    void explanationsSayWhichChineseWordMatched() {
        try (ProductSearch search = search()) {
            SearchResult r = search.search("凉鞋", 5, Filters.none());
            List<Product> first = homeDecor().stream().filter(p -> p.id().equals(r.candidates().get(0).productId())).toList();
            List<MatchExplainer.Match> matches = new MatchExplainer(search).explain(r, first).get(first.get(0).id());
            assertEquals("matched 'sandals', the query's '凉鞋' in English", matches.get(0).sentence());
        }
    }

    @Test
    void aQueryNamingNoKindOfProductSearchesTheKindItClearlyDescribes() {
        try (ProductSearch search = search()) {
            SearchResult r = search.search("pot for indoor plants", 5, Filters.none());
            assertEquals(List.of(new Correction("pot for indoor plants", "planter", Correction.Kind.PRODUCT_TYPE)),
                    r.corrections());
            assertTrue(firstTitle(r).endsWith("Planter"), firstTitle(r));
            List<Product> first = homeDecor().stream().filter(p -> p.id().equals(r.candidates().get(0).productId()))
                    .toList();
            assertTrue(new MatchExplainer(search).explain(r, first).get(first.get(0).id()).stream()
                    .anyMatch(m -> m.sentence().equals("matched 'planter', the kind of product the query describes")));
            SearchResult off = search.optProductTypes(false).search("pot for indoor plants", 5, Filters.none());
            assertTrue(off.corrections().isEmpty());
        }
    }
}
