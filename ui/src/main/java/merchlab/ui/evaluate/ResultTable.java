package merchlab.ui.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import merchlab.eval.judged.JudgedEvaluation;
import merchlab.eval.judged.JudgedReport;
import merchlab.eval.protocol.ProtocolEvaluation;
import merchlab.eval.stats.PairedComparison;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.store.EvaluationStore;
import merchlab.ui.format.Formats;

/**
 * One protocol's stored results as the Evaluate table shows them: only the metrics that mean something under that
 * protocol, a distinct name and a plain description per row, the sample each figure rests on, the best value of each
 * metric, and each trained model's NDCG@10 against the strongest baseline (retrieval alone for judged search).
 */
public final class ResultTable {
    /** Metrics in the order the table shows them. */
    private static final List<String> ORDER = List.of("auc", "logloss", "ece", "ndcg@10", "mrr@10", "recall@10",
            "hit@10", "precision@10", "unjudged@10", "coverage@10");
    /** Metrics where less is better. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("logloss", "ece", "unjudged@10");
    /**
     * Under the temporal protocol a test list is what was shown (at most 10 products) and every counted list has a
     * click: a model only reorders it, so its top 10 is the whole list and these are the same for every model (recall
     * and hit 1). They are left out there.
     */
    private static final Set<String> MEANINGLESS_IN_SHOWN_LISTS = Set.of("recall@10", "hit@10", "precision@10",
            "coverage@10");
    private static final String ORACLE = "oracle";

    /**
     * One row.
     *
     * @param model  the model's name, distinct within the table
     * @param what   "trained ranker", "baseline (category)", "the true click probabilities"
     * @param sample what the figures rest on: "240 lists · 2,400 impressions", "310 shoppers", "50 queries"
     * @param versus NDCG@10 against the strongest baseline, or "–"
     */
    public record Row(String model, String kind, String what, Map<String, Double> metrics, String sample,
                      String versus) {
    }

    private final String protocol;
    private final List<String> columns;
    private final List<Row> rows;
    private final Map<String, Double> best = new HashMap<>();

    private ResultTable(String protocol, List<String> columns, List<Row> rows) {
        this.protocol = protocol;
        this.columns = columns;
        this.rows = rows;
        for (String c : columns) {
            Comparator<Double> order = LOWER_IS_BETTER.contains(c) ? Comparator.reverseOrder()
                    : Comparator.naturalOrder();
            rows.stream().filter(r -> !r.kind().equals(ORACLE)).map(r -> r.metrics().get(c))
                    .filter(v -> v != null && Double.isFinite(v)).max(order).ifPresent(v -> best.put(c, v));
        }
    }

    /** The table of {@code protocol} from the newest stored results; {@code baseline} says which kinds are baselines. */
    public static ResultTable of(String protocol, List<EvaluationStore.Run> runs, Predicate<String> baseline) {
        List<EvaluationStore.Run> mine = runs.stream().filter(r -> r.protocol().equals(protocol)).toList();
        List<String> columns = ORDER.stream()
                .filter(m -> mine.stream().anyMatch(r -> r.metrics().containsKey(m)))
                .filter(m -> !(protocol.equals(TemporalEvaluation.PROTOCOL) && MEANINGLESS_IN_SHOWN_LISTS.contains(m)))
                .toList();
        String strongest = protocol.equals(JudgedEvaluation.PROTOCOL) ? JudgedReport.SEARCH
                : mine.stream().filter(r -> baseline.test(r.kind()))
                        .max(Comparator.comparingDouble(r -> r.metrics().getOrDefault("ndcg@10", Double.NEGATIVE_INFINITY)))
                        .map(EvaluationStore.Run::model).orElse("the strongest baseline");
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (EvaluationStore.Run r : mine) {
            int n = seen.merge(r.model(), 1, Integer::sum);
            String name = n == 1 ? r.model() : r.model() + " (" + n + ")";
            rows.add(new Row(name, r.kind(), what(r, baseline), new LinkedHashMap<>(r.metrics()), sample(r.metrics()),
                    versus(r.metrics(), strongest)));
        }
        return new ResultTable(protocol, columns, List.copyOf(rows));
    }

    /** The protocols present in {@code runs}: temporal first, then the full-ranking ones, then judged search. */
    public static List<String> protocols(List<EvaluationStore.Run> runs) {
        List<String> order = List.of(TemporalEvaluation.PROTOCOL, "leave-last-out", "random-80-10-10",
                JudgedEvaluation.PROTOCOL);
        return runs.stream().map(EvaluationStore.Run::protocol).distinct()
                .sorted(Comparator.comparingInt((String p) -> order.contains(p) ? order.indexOf(p) : order.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public String protocol() {
        return protocol;
    }

    /** The metric columns, in order. */
    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Whether {@code row} holds the best value of {@code metric} (the oracle, a ceiling, never counts). */
    public boolean isBest(Row row, String metric) {
        Double v = row.metrics().get(metric);
        return v != null && !row.kind().equals(ORACLE) && v.equals(best.get(metric)) && rows.size() > 1;
    }

    /** A metric's value with 4 decimals, "–" when absent or undefined. */
    public static String value(Row row, String metric) {
        Double v = row.metrics().get(metric);
        return v == null || !Double.isFinite(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** What this protocol leaves out and why, or empty. */
    public String note() {
        if (!protocol.equals(TemporalEvaluation.PROTOCOL)) {
            return "";
        }
        return "Recall@10, hit@10, precision@10 and coverage@10 are left out here: each test list is what was shown "
                + "(at most 10 products) and holds a click, so a model only reorders it and these come out the same for "
                + "every model (recall and hit 1).";
    }

    private static String what(EvaluationStore.Run r, Predicate<String> baseline) {
        if (r.kind().equals(ORACLE)) {
            return "the true click probabilities (a ceiling)";
        }
        if (r.kind().equals(JudgedReport.SEARCH)) {
            return "retrieval alone";
        }
        if (!baseline.test(r.kind())) {
            return "trained " + r.kind();
        }
        String variant = r.model().startsWith(r.kind() + "-") ? r.model().substring(r.kind().length() + 1) : "";
        return variant.isEmpty() || variant.chars().allMatch(Character::isDigit) ? "baseline"
                : "baseline (" + variant + ")";
    }

    private static String sample(Map<String, Double> m) {
        if (m.containsKey("test_lists")) {
            return Formats.count(m.get("test_lists").longValue()) + " lists · "
                    + Formats.count(m.getOrDefault("test_impressions", 0.0).longValue()) + " impressions";
        }
        if (m.containsKey(ProtocolEvaluation.TEST_SHOPPERS)) {
            return Formats.count(m.get(ProtocolEvaluation.TEST_SHOPPERS).longValue()) + " shoppers";
        }
        if (m.containsKey(JudgedEvaluation.TEST_QUERIES)) {
            return Formats.count(m.get(JudgedEvaluation.TEST_QUERIES).longValue()) + " queries";
        }
        if (m.containsKey(PairedComparison.STORED_PREFIX + "units")) {
            return Formats.count(m.get(PairedComparison.STORED_PREFIX + "units").longValue()) + " units";
        }
        return "–";
    }

    private static String versus(Map<String, Double> metrics, String strongest) {
        PairedComparison c = PairedComparison.fromMetrics(metrics);
        if (c == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "vs %s: %+.4f [%+.4f, %+.4f] p %.4f%s", strongest, c.delta(), c.ciLow(),
                c.ciHigh(), c.pValue(), c.significant(0.05) ? "" : " (not significant)");
    }
}
