package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.text.CatalogFixture;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BM25 search through SQLite FTS5 on a small English and Chinese catalog. */
class LexicalSearchTest {
    @TempDir
    Path dir;

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::productId).toList();
    }

    @Test
    void findsEnglishProductsByTitleWordsWithStemming() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            List<Hit> hits = search.search("running shoe", 10, Filters.none());
            assertEquals(List.of("en-1", "en-2"), ids(hits).subList(0, 2).stream().sorted().toList());
            assertTrue(hits.get(0).score() > 0);
            assertEquals("en-4", ids(search.search("iphone cases", 10, Filters.none())).get(0));
        }
    }

    @Test
    void findsChineseProductsByWordsInsideUnspacedTitles() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            assertEquals("zh-3", ids(search.search("手机壳", 10, Filters.none())).get(0));
            assertEquals(List.of("zh-1", "zh-2"), ids(search.search("跑步鞋", 10, Filters.none())).stream().sorted().toList()
                    .subList(0, 2));
            assertEquals("zh-6", ids(search.search("龙井", 10, Filters.none())).get(0));
            assertEquals("zh-5", ids(search.search("锅", 10, Filters.none())).get(0));
        }
    }

    @Test
    void appliesCategoryPriceAndStockFilters() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            assertEquals(List.of("en-2"), ids(search.search("shoes", 10, new Filters(null, null, 60.0, false))));
            assertEquals(List.of("en-1", "en-2"), ids(search.search("shoes", 10, new Filters(null, null, null, true)))
                    .stream().sorted().toList());
            assertEquals(List.of("en-3"), ids(search.search("shoes", 10, new Filters("shoes > BOOTS", null, null, false))));
            assertEquals(List.of(), ids(search.search("shoes", 10, new Filters("Shoes > Boo", null, null, false))));
        }
    }

    @Test
    void followsAddedChangedAndRemovedProducts() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        LexicalIndex index = new LexicalIndex(ws);
        assertEquals(12, index.refresh().indexed());
        assertTrue(index.isFresh());
        CatalogFixture.write(ws, List.of(CatalogFixture.product("en-6", "Cast Iron Skillet", "Chef", "Home > Kitchen",
                35.0, null, null), CatalogFixture.product("en-7", "Espresso Machine", "Brew", "Home > Kitchen", 199.0,
                null, null)), 2L);
        CatalogFixture.delete(ws, "zh-6");
        assertFalse(index.isFresh());
        LexicalIndex.Refresh r = index.refresh();
        assertEquals(2, r.indexed());
        assertEquals(2, r.removed());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            assertEquals(List.of("en-6"), ids(search.search("skillet", 10, Filters.none())));
            assertEquals(List.of(), ids(search.search("frying pan", 10, Filters.none())));
            assertEquals(List.of("en-7"), ids(search.search("espresso", 10, Filters.none())));
            assertEquals(List.of(), ids(search.search("龙井", 10, Filters.none())));
        }
    }

    @Test
    void scoresGivenProductsForAQuery() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            Map<String, Double> scores = search.scores("trail running", List.of("en-1", "en-2", "en-6"));
            assertTrue(scores.get("en-1") > scores.get("en-2"));
            assertFalse(scores.containsKey("en-6"));
        }
    }

    @Test
    void queriesWithoutSearchableWordsFindNothing() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            assertEquals(List.of(), search.search("  !! ", 10, Filters.none()));
            assertEquals(List.of(), search.search("the", 10, Filters.none()));
            assertEquals(List.of(), search.search("\"AND OR NOT*", 10, Filters.none()));
        }
    }
}
