package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.query.PriceRange;
import merchlab.text.CatalogFixture;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeService;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid search end to end with the real pretrained encoders on tiny catalogs. */
class ProductSearchTest {
    @TempDir
    Path dir;

    private static List<String> ids(SearchResult r) {
        return r.candidates().stream().map(Candidate::productId).toList();
    }

    private ProductSearch encodedSearch(List<Product> products, String encoder) {
        Workspace ws = CatalogFixture.workspace(dir, products);
        EncodeService.create(ws).encode(encoder, EncodeListener.NONE, CancelToken.none());
        return ProductSearch.open(ws);
    }

    @Test
    void paraphrasedEnglishQueryIsFoundSemanticallyAndExactOneByBoth() {
        List<Product> english = CatalogFixture.products().stream().filter(p -> p.id().startsWith("en")).toList();
        try (ProductSearch search = encodedSearch(english, "auto")) {
            assertEquals("en", search.encoderName());
            SearchResult r = search.optProductTypes(false).search("jogging sneakers", 3, Filters.none());
            assertTrue(List.of("en-1", "en-2").contains(ids(r).get(0)), ids(r).toString());
            Candidate top = r.candidates().get(0);
            assertEquals(java.util.Set.of(Retriever.SEMANTIC), top.foundBy());
            assertEquals(0, top.lexicalRank());
            assertTrue(top.semanticScore() > 0.3);

            SearchResult described = search.optProductTypes(true).search("jogging sneakers", 3, Filters.none());
            assertEquals(ids(r).get(0), ids(described).get(0));
            assertEquals(List.of(Correction.Kind.PRODUCT_TYPE),
                    described.corrections().stream().map(Correction::kind).toList(), described.corrections().toString());
            assertTrue(described.candidates().get(0).foundBy().contains(Retriever.LEXICAL),
                    "the kind of product it describes is found by its words: " + described.corrections());

            Candidate exact = search.search("frying pan", 3, Filters.none()).candidates().get(0);
            assertEquals("en-6", exact.productId());
            assertEquals(java.util.Set.of(Retriever.LEXICAL, Retriever.SEMANTIC), exact.foundBy());
            assertEquals(1, exact.lexicalRank());
            assertTrue(exact.lexicalScore() > 0);
        }
    }

    @Test
    void priceInTheQueryBecomesAFilter() {
        List<Product> english = CatalogFixture.products().stream().filter(p -> p.id().startsWith("en")).toList();
        try (ProductSearch search = encodedSearch(english, "en")) {
            SearchResult r = search.search("running shoes under 60", 10, Filters.none());
            assertEquals(new PriceRange(null, 60.0), r.intent().price());
            assertEquals(60.0, r.filters().maxPrice());
            assertEquals("en-2", ids(r).get(0));
            assertTrue(r.candidates().stream().noneMatch(c -> c.productId().equals("en-1")));
        }
    }

    @Test
    void mixedCatalogSearchesChineseQueries() {
        try (ProductSearch search = encodedSearch(CatalogFixture.products(), "auto")) {
            assertEquals("zh", search.encoderName());
            assertEquals("zh-3", ids(search.search("苹果手机保护套", 3, Filters.none())).get(0));
            SearchResult tea = search.search("绿茶", 3, Filters.none());
            assertEquals("zh-6", ids(tea).get(0));
            assertEquals("食品 > 茶叶", tea.intent().topCategory());
        }
    }

    @Test
    void bothEncodersEmbedEachQueryWithTheEncoderOfItsScript() {
        try (ProductSearch search = encodedSearch(CatalogFixture.products(), "both")) {
            assertEquals(List.of("zh", "en"), search.encoderNames());
            SearchResult pan = search.search("frying pan", 3, Filters.none());
            assertEquals("en", pan.encoder());
            assertEquals("en-6", ids(pan).get(0));
            SearchResult tea = search.search("绿茶", 3, Filters.none());
            assertEquals("zh", tea.encoder());
            assertEquals("zh-6", ids(tea).get(0));
        }
    }

    @Test
    void aMisspeltWordIsSearchedAsTheCatalogsWordAndExplainedSo() {
        List<Product> english = CatalogFixture.products().stream().filter(p -> p.id().startsWith("en")).toList();
        try (ProductSearch search = encodedSearch(english, "en")) {
            SearchResult r = search.search("runing shoes", 2, Filters.none());
            assertEquals(List.of(new Correction("runing", "running")), r.corrections());
            assertTrue(List.of("en-1", "en-2").contains(ids(r).get(0)), ids(r).toString());
            Product first = english.stream().filter(p -> p.id().equals(ids(r).get(0))).findFirst().orElseThrow();
            List<String> said = new MatchExplainer(search).explain(r, List.of(first)).get(first.id()).stream()
                    .map(MatchExplainer.Match::sentence).toList();
            assertEquals(List.of("matched 'running' as the query's 'runing'", "matched 'shoes'"), said);
        }
    }

    @Test
    void aWordOfTheSameMeaningIsNamedInTheExplanation() {
        List<Product> english = CatalogFixture.products().stream().filter(p -> p.id().startsWith("en")).toList();
        try (ProductSearch search = encodedSearch(english, "en")) {
            SearchResult r = search.search("jogging sneakers", 1, Filters.none());
            Product first = english.stream().filter(p -> p.id().equals(ids(r).get(0))).findFirst().orElseThrow();
            List<MatchExplainer.Match> matches = new MatchExplainer(search).explain(r, List.of(first)).get(first.id());
            assertTrue(matches.stream().anyMatch(m -> m.how() == MatchExplainer.How.MEANING
                    && m.queryWord().equals("sneakers") && m.productWord().equalsIgnoreCase("shoes")), matches.toString());
        }
    }

    @Test
    void searchingBeforeEncodingIsAClearError() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        MerchLabException e = assertThrows(MerchLabException.class, () -> ProductSearch.open(ws));
        assertTrue(e.getMessage().contains("run merchlab encode"), e.getMessage());
    }
}
