package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.sample.query.Typos;
import merchlab.sample.random.Rng;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries are short, about one in ten misspelled, some paraphrased, and Chinese for Chinese shoppers. */
class QueryTypingTest {
    @TempDir
    static Path dir;
    static Map<String, Map<String, String>> queries = new HashMap<>();
    static List<Map<String, String>> searches;
    static List<Map<String, String>> products;

    @BeforeAll
    static void generate() {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(800).withUsers(200).withDays(6);
        GeneratedShop shop = new ShopGenerator().generate(config, dir, GenerationListener.NONE);
        ShopFiles.rows(shop.queriesCsv()).forEach(q -> queries.put(q.get("query"), q));
        searches = ShopFiles.rows(shop.eventsCsv()).stream().filter(e -> e.get("event_type").equals("search"))
                .toList();
        products = ShopFiles.rows(shop.productsCsv());
    }

    private static double share(String kind) {
        return searches.stream().filter(s -> queries.get(s.get("query")).get("kind").equals(kind)).count()
                / (double) searches.size();
    }

    @Test
    void aboutOneSearchInTenIsMisspelled() {
        double misspelled = share("misspelled");
        assertTrue(misspelled > 0.05 && misspelled < 0.15, "misspelled share " + misspelled);
    }

    @Test
    void someSearchesUseSynonymsThatNoTitleOfTheirCategoryContains() {
        double paraphrased = share("paraphrase");
        assertTrue(paraphrased > 0.08 && paraphrased < 0.25, "paraphrase share " + paraphrased);
        Map<String, String> noun = new HashMap<>();
        for (Map<String, String> q : queries.values()) {
            if (!q.get("kind").equals("paraphrase") || !q.get("brand").isEmpty() || !q.get("color").isEmpty()
                    || !q.get("price_max").isEmpty() || !q.get("gender").isEmpty()) {
                continue;
            }
            String text = q.get("query").toLowerCase(Locale.ROOT);
            for (Map<String, String> p : products) {
                if (p.get("product_type").equals(q.get("category"))) {
                    assertTrue(!p.get("title").toLowerCase(Locale.ROOT).contains(text),
                            "title '" + p.get("title") + "' contains the paraphrase '" + text + "'");
                }
            }
            noun.put(text, q.get("category"));
        }
        assertTrue(noun.size() > 10, "few plain paraphrases: " + noun);
    }

    @Test
    void queriesAreShortAndInTheShoppersLanguage() {
        for (Map<String, String> q : queries.values()) {
            String text = q.get("query");
            if (q.get("lang").equals("zh")) {
                assertTrue(ShopFiles.hasCjk(text) || !q.get("brand").isEmpty(), text);
                assertTrue(q.get("category").isEmpty() || ShopFiles.hasCjk(q.get("category")));
            } else {
                assertTrue(!ShopFiles.hasCjk(text), text);
                assertTrue(text.split(" ").length <= 8, text);
            }
        }
        long oneToFourWords = searches.stream().filter(s -> queries.get(s.get("query")).get("lang").equals("en"))
                .filter(s -> s.get("query").split(" ").length <= 4).count();
        long english = searches.stream().filter(s -> queries.get(s.get("query")).get("lang").equals("en")).count();
        assertTrue(oneToFourWords > 0.9 * english, oneToFourWords + " of " + english + " have 1-4 words");
    }

    @Test
    void priceLimitsAreTypedAsShoppersTypeThem() {
        long limited = queries.values().stream().filter(q -> !q.get("price_max").isEmpty()).count();
        assertTrue(limited > 5, "price-limited queries: " + limited);
        for (Map<String, String> q : queries.values()) {
            if (q.get("price_max").isEmpty() || !q.get("kind").equals("exact")) {
                continue;
            }
            String max = q.get("price_max");
            String text = q.get("query");
            assertTrue(text.contains(max) && (text.contains("under") || text.contains("-") || text.contains(" to ")
                    || text.contains("元")), text);
        }
    }

    @Test
    void englishTyposAreStableAndDifferFromTheWord() {
        for (String word : List.of("running", "shoes", "smartphone", "kettle", "curtains")) {
            for (int variant = 0; variant < 3; variant++) {
                String typo = Typos.english(word, variant);
                assertNotEquals(word, typo);
                assertEquals(typo, Typos.english(word, variant));
                assertTrue(Math.abs(typo.length() - word.length()) <= 1, typo);
            }
        }
    }

    @Test
    void chineseTyposPickAHomophone() {
        String typo = Typos.chinese("跑步鞋", new Rng(1));
        assertNotEquals("跑步鞋", typo);
        assertEquals(3, typo.length());
        assertTrue(List.of("泡步鞋", "跑布鞋", "跑步协").contains(typo), typo);
    }
}
