package merchlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.eval.judged.JudgedEvaluation;
import merchlab.eval.judged.JudgedReport;
import merchlab.eval.stats.PairedComparison;

/** The {@code evaluate --protocol judgments} document and table. */
final class JudgedReportOutput {
    private JudgedReportOutput() {
    }

    static Map<String, Object> document(JudgedReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("protocol", JudgedEvaluation.PROTOCOL);
        doc.put("queries", report.queries());
        doc.put("judgments", report.judgments());
        doc.put("results", rows(report.results()));
        Map<String, Object> groups = new LinkedHashMap<>();
        report.groups().forEach((g, rows) -> groups.put(g, rows(rows)));
        doc.put("groups", groups);
        doc.put("seconds", report.seconds());
        return doc;
    }

    /** A comparison as JSON: {@code {model, delta, pValue, ci95, units}}. */
    static Map<String, Object> versus(String model, PairedComparison c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("model", model);
        v.put("delta", c.delta());
        v.put("pValue", c.pValue());
        v.put("ci95", List.of(c.ciLow(), c.ciHigh()));
        v.put("units", c.units());
        return v;
    }

    private static List<Map<String, Object>> rows(List<JudgedReport.Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JudgedReport.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", r.model());
            m.put("kind", r.kind());
            m.put("visit", r.visit());
            m.put("queries", r.units());
            m.put("metrics", r.metrics());
            if (r.versus() != null) {
                m.put("versus", versus(JudgedReport.SEARCH, r.versus()));
            }
            out.add(m);
        }
        return out;
    }

    static void print(JudgedReport report) {
        System.out.printf(Locale.ROOT, "protocol judgments: %d judged queries, %d judgments%n", report.queries(),
                report.judgments());
        print("all queries", report.results());
        report.groups().forEach(JudgedReportOutput::print);
    }

    private static void print(String title, List<JudgedReport.Row> rows) {
        System.out.printf(Locale.ROOT, "%n%s%n%-22s %-9s %7s %8s %8s %9s  %s%n", title, "model", "visit", "queries",
                "ndcg@10", "p@10", "unjudged", "vs search: delta [95% interval] p");
        for (JudgedReport.Row r : rows) {
            PairedComparison c = r.versus();
            System.out.printf(Locale.ROOT, "%-22s %-9s %7d %8.4f %8.4f %9.3f  %s%n", r.model(), r.visit(), r.units(),
                    r.metrics().get("ndcg@10"), r.metrics().get("precision@10"), r.metrics().get("unjudged@10"),
                    c == null ? "" : c.summary());
        }
    }
}
