package merchlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.eval.protocol.ProtocolEvaluation;

/** The {@code evaluate} document and table of a ranking protocol (leave-last-out, random 80/10/10). */
final class ProtocolReport {
    private static final String[] COLUMNS = {"ndcg@10", "recall@10", "mrr@10", "hit@10", "coverage@10"};

    private ProtocolReport() {
    }

    static Map<String, Object> document(ProtocolEvaluation.Report report, Long seed) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("protocol", report.protocol());
        doc.put("history", report.history());
        if (seed != null) {
            doc.put("seed", seed);
        }
        doc.put("testShoppers", report.testShoppers());
        doc.put("products", report.products());
        List<Map<String, Object>> results = new ArrayList<>();
        for (ProtocolEvaluation.Result r : report.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", r.model());
            m.put("kind", r.kind());
            UndefinedMetrics.put(m, "metrics", r.metrics());
            if (r.skipped() != null) {
                m.put("skipped", r.skipped());
            }
            if (r.recipe() != null) {
                m.put("retrainedFrom", r.recipe());
            }
            m.put("trainingSeconds", r.trainingSeconds());
            m.put("rankingSeconds", r.rankingSeconds());
            if (r.versus() != null) {
                m.put("versus", JudgedReportOutput.versus(r.versusModel(), r.versus()));
            }
            results.add(m);
        }
        doc.put("results", results);
        doc.put("seconds", report.seconds());
        return doc;
    }

    static void print(ProtocolEvaluation.Report report) {
        System.out.printf(Locale.ROOT, "protocol %s: %d test shoppers, full ranking over %d products, history %s%n",
                report.protocol(), report.testShoppers(), report.products(),
                report.history().equals("keep") ? "kept" : "excluded");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s %-13s", "model", "kind"));
        for (String c : COLUMNS) {
            head.append(String.format(Locale.ROOT, " %11s", c));
        }
        System.out.println(head.append(String.format(Locale.ROOT, " %9s %9s", "train s", "rank s")));
        for (ProtocolEvaluation.Result r : report.results()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %-13s", r.model(), r.kind()));
            if (r.skipped() != null) {
                System.out.println(line.append(" skipped: ").append(r.skipped()));
                continue;
            }
            for (String c : COLUMNS) {
                Double v = r.metrics().get(c);
                line.append(v == null || !Double.isFinite(v) ? String.format(Locale.ROOT, " %11s", "-")
                        : String.format(Locale.ROOT, " %11.4f", v));
            }
            line.append(String.format(Locale.ROOT, " %9.1f %9.1f", r.trainingSeconds(), r.rankingSeconds()));
            if (r.versus() != null) {
                line.append("  ndcg@10 vs ").append(r.versusModel()).append(' ').append(r.versus().summary());
            }
            System.out.println(line);
            UndefinedMetrics.reasons(r.metrics()).forEach((metric, why) -> System.out.printf(Locale.ROOT,
                    "  note: %s is undefined (-): %s%n", metric, why));
        }
    }
}
