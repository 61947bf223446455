package merchlab.model.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageNgramsTest {
    @Test
    void wordsFoldDigitsAndKeepChineseRunsWhole() {
        assertEquals(List.of("where", "is", "order", "s#", "我的订单", "#"), MessageNgrams.words("Where is order S00012 我的订单 2026"));
    }

    @Test
    void rowsAreUnitLengthAndUseOnlyNgramsSeenTwice() {
        MessageNgrams n = MessageNgrams.fit(List.of("track my order", "track my parcel", "vvq"));
        MessageNgrams.Row row = n.row("track my refund");
        double norm = 0;
        for (float v : row.values()) {
            norm += v * v;
        }
        assertEquals(1, norm, 1e-5);
        assertTrue(n.row("vvq").features().length == 0, "n-grams of a single message are not kept");
    }
}
