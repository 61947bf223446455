package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import merchlab.MerchLabException;
import merchlab.text.CatalogFixture;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long and wordy queries are refused at once with the limit named, and repeated words are searched once. */
class QueryLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aHundredKilobyteQueryIsRefusedWellUnderASecond() {
        String query = "shoes ".repeat(17_000);
        MerchLabException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(MerchLabException.class, () -> QueryLimits.check(query)));
        assertTrue(e.getMessage().contains("102,000 characters") && e.getMessage().contains("at most 500"),
                e.getMessage());
    }

    @Test
    void tooManyDifferentWordsAreRefusedButRepeatsAreNot() {
        String many = IntStream.range(0, 40).mapToObj(i -> "w" + (char) ('a' + i % 26) + (char) ('a' + i / 26))
                .collect(Collectors.joining(" "));
        MerchLabException e = assertThrows(MerchLabException.class, () -> QueryLimits.check(many));
        assertTrue(e.getMessage().contains("40 different words"), e.getMessage());
        assertDoesNotThrow(() -> QueryLimits.check("red shoes ".repeat(40)));
    }

    @Test
    void repeatedWordsAndPairsAreLookedUpOnce() {
        assertEquals("\"shoes\"", SearchText.matchExpression("shoes shoes SHOES"));
        assertEquals(List.of("手机", "机手"), SearchText.queryTokens("手机手机"));
    }

    @Test
    void aQueryAtTheLimitSearchesQuickly() {
        String longest = "running shoe ".repeat(QueryLimits.MAX_CHARACTERS / 13);
        QueryLimits.check(longest);
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        try (LexicalSearch search = LexicalSearch.open(ws)) {
            search.search("warm up", 10, Filters.none());
            List<Hit> hits = assertTimeoutPreemptively(Duration.ofSeconds(1),
                    () -> search.search(longest, 10, Filters.none()));
            assertEquals(List.of("en-1", "en-2"), hits.stream().map(Hit::productId).sorted().toList().subList(0, 2));
        }
    }
}
