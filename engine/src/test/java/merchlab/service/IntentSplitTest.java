package merchlab.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentSplitTest {
    private static List<LabelledMessage> messages() {
        List<LabelledMessage> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new LabelledMessage("track order number " + i, "track_order", null, null));
        }
        for (int i = 0; i < 20; i++) {
            out.add(new LabelledMessage("cancel order number " + i, "cancel_order", null, null));
        }
        out.add(new LabelledMessage("Cancel  order number 3", "cancel_order", null, null));
        return out;
    }

    @Test
    void holdsOutTheShareOfEveryIntent() {
        IntentSplit.Parts parts = IntentSplit.split(messages(), 0.25, 0);
        assertEquals(10, parts.heldOut().stream().filter(m -> m.intent().equals("track_order")).count());
        long cancel = parts.heldOut().stream().filter(m -> m.intent().equals("cancel_order")).count();
        assertTrue(cancel == 5 || cancel == 6, "cancel held out: " + cancel);
        assertEquals(61, parts.kept().size() + parts.heldOut().size());
    }

    @Test
    void isRepeatableAndKeepsARepeatedMessageOnOneSide() {
        for (long salt = 0; salt < 10; salt++) {
            IntentSplit.Parts a = IntentSplit.split(messages(), 0.25, salt);
            assertEquals(a, IntentSplit.split(messages(), 0.25, salt));
            boolean first = a.heldOut().stream().anyMatch(m -> m.text().equals("cancel order number 3"));
            boolean second = a.heldOut().stream().anyMatch(m -> m.text().equals("Cancel  order number 3"));
            assertEquals(first, second, "salt " + salt);
        }
    }
}
