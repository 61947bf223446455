package merchlab.eval.judged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A two-query set scored by hand: order by change, filters, results with grades and a rating's rescoring. */
class QuerySetTest {
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    private static QuerySet twoQueries() {
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        lists.put("search", Map.of("red shirt", List.of("P2", "P1"), "茶杯", List.of("P5", "P6")));
        lists.put("ranker", Map.of("red shirt", List.of("P1", "P2"), "茶杯", List.of("P5", "P6")));
        Map<String, Map<String, Double>> gains = Map.of("red shirt", Map.of("P1", 1.0, "P2", 0.0),
                "茶杯", Map.of("P5", 1.0));
        List<QuerySet.Query> rows = List.of(
                QuerySet.score("茶杯", null, lists.get("search").get("茶杯"), lists.get("ranker").get("茶杯"),
                        gains.get("茶杯")),
                QuerySet.score("red shirt", "exact", lists.get("search").get("red shirt"),
                        lists.get("ranker").get("red shirt"), gains.get("red shirt")));
        return new QuerySet("search", "ranker", QuerySet.byChange(rows), lists, gains, 0);
    }

    @Test
    void scoresEachQueryOnBothSidesAndPutsTheLargestChangeFirst() {
        QuerySet set = twoQueries();
        QuerySet.Query first = set.queries().get(0);
        assertEquals("red shirt", first.query());
        assertEquals(1 / LOG2_3, first.ndcgA(), 1e-12, "the Exact product second: 1 / log2(3)");
        assertEquals(1.0, first.ndcgB(), 1e-12);
        assertEquals(1 - 1 / LOG2_3, first.change(), 1e-12);
        assertEquals(2, first.judged());
        assertEquals(0.5, set.queries().get(1).unjudgedA(), 1e-12, "P6 is not judged");
        assertEquals("zh", set.queries().get(1).language());
    }

    @Test
    void filtersByKindAndLanguage() {
        QuerySet set = twoQueries();
        assertEquals(List.of("red shirt"), set.filter("exact", null).stream().map(QuerySet.Query::query).toList());
        assertEquals(List.of("茶杯"), set.filter(null, "zh").stream().map(QuerySet.Query::query).toList());
        assertEquals(List.of(), set.filter("exact", "zh"));
        assertEquals(List.of("exact"), set.kinds());
        assertEquals(List.of("en", "zh"), set.languages());
    }

    @Test
    void listsEachSidesResultsWithTheirGradesAndUnjudgedOnesAsSuch() {
        List<QuerySet.Result> shown = twoQueries().results("茶杯", "ranker");
        assertEquals(List.of(new QuerySet.Result(1, "P5", 1.0), new QuerySet.Result(2, "P6", null)), shown);
        assertEquals(false, shown.get(1).judged());
    }

    @Test
    void aRatingRescoresItsQueryAndKeepsTheOrder() {
        QuerySet rated = twoQueries().rated("茶杯", "P6", 1.0);
        QuerySet.Query tea = rated.row("茶杯");
        assertEquals(1.0, tea.ndcgA(), 1e-12, "two Exact products in the top two");
        assertEquals(0.0, tea.unjudgedB(), 1e-12);
        assertEquals(2, tea.judged());
        assertEquals("red shirt", rated.queries().get(0).query());
        assertEquals(1.0, rated.results("茶杯", "search").get(1).gain());
        assertThrows(IllegalArgumentException.class, () -> rated.rated("blue shirt", "P1", 1.0));
        assertNull(twoQueries().results("茶杯", "search").get(1).gain(), "the earlier set is unchanged");
    }

    @Test
    void comparesTheSidesPairedByQuery() {
        QuerySet set = twoQueries();
        var versus = QuerySet.compare(set.queries());
        assertEquals(2, versus.units());
        assertEquals((1 - 1 / LOG2_3) / 2, versus.delta(), 1e-12);
    }
}
