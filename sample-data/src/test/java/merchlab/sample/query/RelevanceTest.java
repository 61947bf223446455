package merchlab.sample.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import merchlab.sample.Lang;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.ProductFacts;
import merchlab.sample.catalog.Vocabulary;
import org.junit.jupiter.api.Test;

class RelevanceTest {
    private final Vocabulary v = Vocabulary.standard();
    private final Relevance relevance = new Relevance(v);
    private final int running = v.leafByPath("Shoes > Athletic Shoes > Running Shoes");
    private final int black = v.colourByName("Black");
    private final int stridex = v.brandByName("Stridex");
    private final QueryIntent blackRunningShoesUnder100 = new QueryIntent("black running shoes under 100", Lang.EN,
            QueryKind.EXACT, running, -1, black, Gender.NONE, null, 100.0);

    private Grade grade(String path, int colour, double price, Lang lang) {
        return relevance.grade(blackRunningShoesUnder100,
                new ProductFacts(lang, v.leafByPath(path), stridex, colour, Gender.MALE, price));
    }

    @Test
    void rightCategoryWithEveryAttributeIsExact() {
        assertEquals(Grade.EXACT, grade("Shoes > Athletic Shoes > Running Shoes", black, 79.99, Lang.EN));
    }

    @Test
    void aMissedAttributeOrASiblingCategoryIsASubstitute() {
        assertEquals(Grade.SUBSTITUTE, grade("Shoes > Athletic Shoes > Running Shoes", black, 129.99, Lang.EN));
        assertEquals(Grade.SUBSTITUTE, grade("Shoes > Athletic Shoes > Running Shoes", v.colourByName("Red"),
                129.99, Lang.EN));
        assertEquals(Grade.SUBSTITUTE, grade("Shoes > Athletic Shoes > Basketball Shoes", black, 79.99, Lang.EN));
    }

    @Test
    void complementsAndOtherCategoriesAndLanguages() {
        assertEquals(Grade.COMPLEMENT, grade("Sports > Outdoor > Water Bottles", -1, 19.99, Lang.EN));
        assertEquals(Grade.IRRELEVANT, grade("Kitchen > Cookware > Woks", -1, 19.99, Lang.EN));
        assertEquals(Grade.IRRELEVANT, grade("Shoes > Athletic Shoes > Running Shoes", black, 79.99, Lang.ZH));
    }

    @Test
    void productsFromFileFieldsAreGradedTheSame() {
        ProductFacts facts = ProductFacts.of(v, "zh", "鞋靴 > 运动鞋 > 跑步鞋", "飞步", "黑色", "male", 399);
        QueryIntent intent = new QueryIntent("黑色 跑步鞋", Lang.ZH, QueryKind.EXACT, running, -1, black, Gender.NONE,
                null, null);
        assertEquals(Grade.EXACT, relevance.grade(intent, facts));
        assertEquals(1.0, Grade.EXACT.gain());
        assertEquals(0.1, Grade.SUBSTITUTE.gain());
        assertEquals(0.01, Grade.COMPLEMENT.gain());
    }

    @Test
    void brandOnlyQueriesWantTheBrand() {
        QueryIntent brand = new QueryIntent("stridex", Lang.EN, QueryKind.EXACT, -1, stridex, -1, Gender.NONE, null,
                null);
        assertEquals(Grade.EXACT, relevance.grade(brand, new ProductFacts(Lang.EN, running, stridex, black,
                Gender.MALE, 50)));
        assertEquals(Grade.IRRELEVANT, relevance.grade(brand, new ProductFacts(Lang.EN, running,
                v.brandByName("Peakrun"), black, Gender.MALE, 50)));
    }
}
