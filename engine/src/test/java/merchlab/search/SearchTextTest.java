package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text analysis for the full-text index. */
class SearchTextTest {
    @Test
    void chineseRunsBecomeCharactersAndOverlappingPairs() {
        assertEquals(List.of("手", "机", "壳", "手机", "机壳"), SearchText.documentTokens("手机壳"));
        assertEquals(List.of("手机", "机壳"), SearchText.queryTokens("手机壳"));
        assertEquals(List.of("鞋"), SearchText.queryTokens("鞋"));
    }

    @Test
    void mixedScriptsAreSplitAtTheBoundary() {
        assertEquals(List.of("iphone", "13", "手机", "机壳"), SearchText.queryTokens("iPhone13手机壳"));
    }

    @Test
    void queryDropsStopWordsAndPunctuation() {
        assertEquals(List.of("shoes", "men", "s", "running"), SearchText.queryTokens("Shoes for men's running!"));
        assertEquals("\"red\" OR \"dress\"", SearchText.matchExpression("a red dress"));
    }
}
