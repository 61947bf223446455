package merchlab.model.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSpellingTest {
    private static final MessageSpelling SPELLING = MessageSpelling.fit(List.of(
            "track my order", "track the order please", "where is my order", "using my account",
            "using the gold account", "change the address", "edit the address", "send the invoice", "find my invoice",
            "suing", "find the track"));

    @Test
    void mendsEachKindOfSingleEdit() {
        assertEquals("I need help to track order 3707", SPELLING.correct("I need help to rtack order 3707")); // swap
        assertEquals("edit the address", SPELLING.correct("edit the addrtess")); // a letter too many
        assertEquals("send the invoice", SPELLING.correct("send the invoce")); // a letter left out
        assertEquals("find my invoice", SPELLING.correct("find my invoise")); // a letter changed
    }

    @Test
    void aWordUsedOnceInTrainingIsNotTrustedAsSpelledRight() {
        assertEquals("assistance using the account", SPELLING.correct("assistance suing the account"));
    }

    @Test
    void knownShortChineseAndFarWordsStayAsWritten() {
        assertEquals("Track My ORDER", SPELLING.correct("Track My ORDER"), "known words keep their case");
        assertEquals("teh order", SPELLING.correct("teh order"), "shorter than four letters");
        assertEquals("refund my purchase", SPELLING.correct("refund my purchase"), "no known word one edit away");
        assertEquals("我的订单到哪了 order", SPELLING.correct("我的订单到哪了 ordr"), "Chinese left alone");
    }

    @Test
    void theMostUsedNeighbourWinsAndTiesGoToTheFirstAlphabetically() {
        MessageSpelling s = MessageSpelling.fit(List.of("cart cart cart", "card card", "care care"));
        assertEquals("cart", s.nearest("carx"));
        MessageSpelling tie = MessageSpelling.fit(List.of("card card", "care care"));
        assertEquals("card", tie.nearest("carx"));
        assertNull(tie.nearest("zzzz"));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SPELLING.write(new DataOutputStream(bytes));
        MessageSpelling read = MessageSpelling.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(SPELLING.words(), read.words());
        assertEquals("edit the address", read.correct("edit the addrtess"));
    }
}
