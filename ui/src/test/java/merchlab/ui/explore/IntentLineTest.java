package merchlab.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import merchlab.query.CategoryGuess;
import merchlab.query.PriceRange;
import merchlab.query.QueryIntent;
import merchlab.search.Correction;
import org.junit.jupiter.api.Test;

class IntentLineTest {
    @Test
    void namesEveryRecognisedPartOfTheQuery() {
        QueryIntent intent = new QueryIntent("red acme shoes under 50", "red acme shoes",
                List.of(new CategoryGuess("Shoes > Running", 0.814), new CategoryGuess("Shoes", 0.1)), "acme", "red",
                null, new PriceRange(null, 50.0));
        assertEquals("Shoes > Running 81% · brand acme · colour red · price –50.00 · searching \"red acme shoes\"",
                IntentLine.of(intent, List.of()));
    }

    @Test
    void saysWhenNothingIsRecognised() {
        assertEquals("no category, brand, colour, size or price recognised",
                IntentLine.of(new QueryIntent("xyz", "xyz", List.of(), null, null, null, null), List.of()));
    }

    @Test
    void saysHowTheQuerysWordsWereRead() {
        QueryIntent intent = new QueryIntent("gown pajama", "gown pajama", List.of(), null, null, null, null);
        assertEquals("read 睡衣 as gown, pajama",
                IntentLine.of(intent, List.of(new Correction("睡衣", "gown", Correction.Kind.TRANSLATION),
                        new Correction("睡衣", "pajama", Correction.Kind.TRANSLATION))));
        assertEquals("looking for: planter", IntentLine.of(new QueryIntent("pot for plants", "pot for plants", List.of(),
                null, null, null, null), List.of(new Correction("pot for plants", "planter",
                Correction.Kind.PRODUCT_TYPE))));
    }
}
