package merchlab.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {
    /** A few entries in ECDICT's layout: word, phonetic, definition, translation, pos, collins, oxford, tag, bnc, frq. */
    private static final String DICTIONARY = """
            word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio
            sandal,,,"n. 凉鞋, 便鞋",,,,,9000,8000,,,
            sandals,,,n. 凉鞋；便鞋（sandal的复数）,,,,,0,0,,,
            dish,,,"n. 盘子, 碟, 菜肴",,,,,1500,1400,,,
            plate,,,"n. 板, 盘子, 金属板",,,,,1800,1700,,,
            backpack,,,"n. 远足用的背包；双肩背包, 背包",,,,,25000,6400,,,
            jumpsuit,,,"n. 连衣裤",,,,,41000,15800,,,
            waterproof,,,"n. 防水材料\\na. 不透水的, 防水的\\n[网络] 防水",,,,,9000,8000,,,
            boot,,,"n. 长靴, 靴子\\nvt. 踢",,,,,3000,2800,,,
            water,,,"n. 水, 水域",,,,,200,200,,,
            picture-frames,,,n. 相框,,,,,0,0,,,
            Bad Entry,,,n. 坏,,,,,0,0,,,
            """;

    private static Lexicon lexicon() throws IOException {
        return Lexicon.read(new ByteArrayInputStream(DICTIONARY.getBytes(StandardCharsets.UTF_8)));
    }

    private static QueryTranslator translator(Set<String> catalog) throws IOException {
        return new QueryTranslator(lexicon(), catalog::contains);
    }

    @Test
    void foldsPluralsAndHyphensAndKeepsSensePositions() throws IOException {
        Lexicon lexicon = lexicon();
        assertEquals(List.of(new Lexicon.Sense("sandal", 0, lexicon.senses("凉鞋").get(0).commonness())),
                lexicon.senses("凉鞋"), "sandals folds into sandal, its best position kept");
        assertEquals("picture frame", lexicon.senses("相框").get(0).word());
        assertEquals(1, lexicon.senses("盘子").stream().filter(s -> s.word().equals("plate")).findFirst().orElseThrow()
                .position());
        assertTrue(lexicon.senses("坏").isEmpty(), "a capitalised headword is a name, not kept");
    }

    @Test
    void readsAWholeWordPreferringTheCatalogsWord() throws IOException {
        assertEquals("dish plate", translator(Set.of()).translate("盘子").text(),
                "without a catalog, the main sense first, then another common word close to it");
        assertEquals("plate dish", translator(Set.of("plate")).translate("盘子").text(), "the catalog sells plates");
        QueryTranslator.Translation t = translator(Set.of()).translate("凉鞋");
        assertEquals("sandal", t.text());
        assertEquals(List.of(new QueryTranslator.Reading("凉鞋", List.of("sandal"))), t.readings());
    }

    @Test
    void readsANearTermWhenTheWordItselfIsUnknown() throws IOException {
        assertEquals("backpack", translator(Set.of()).translate("双肩包").text(), "双肩包 is 双肩背包 without 背");
        assertEquals("jumpsuit", translator(Set.of()).translate("连体裤").text(), "连体裤 is one character from 连衣裤");
    }

    @Test
    void cutsALongerRunIntoTheWordsThatCoverItBest() throws IOException {
        assertEquals("waterproof boot", translator(Set.of()).translate("防水靴").text(),
                "防水 + 靴(子), not 水 alone");
    }

    @Test
    void keepsPricePhrasesLatinWordsAndUnknownChinese() throws IOException {
        QueryTranslator t = translator(Set.of());
        assertEquals("red sandal 100元以下", t.translate("red 凉鞋 100元以下").text());
        QueryTranslator.Translation unknown = t.translate("火锅");
        assertEquals("火锅", unknown.text());
        assertTrue(unknown.readings().isEmpty());
    }
}
