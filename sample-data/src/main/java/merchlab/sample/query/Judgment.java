package merchlab.sample.query;

/** A graded product for a query, as written in judgments.csv. */
public record Judgment(String query, int product, Grade grade) {
}
