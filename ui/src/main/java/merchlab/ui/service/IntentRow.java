package merchlab.ui.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.service.IntentReport;

/**
 * One intent's line of the evaluation table: its messages and the F1 of the model and of the baseline.
 *
 * @param baselineF1 NaN when no baseline was evaluated
 */
public record IntentRow(String intent, int messages, double modelF1, double baselineF1) {
    /** One row per intent of the first report (the model), with the second report's (the baseline's) F1 beside it. */
    public static List<IntentRow> of(List<IntentReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<String, Double> baseline = new LinkedHashMap<>();
        if (reports.size() > 1) {
            reports.get(1).perIntent().forEach(s -> baseline.put(s.intent(), s.f1()));
        }
        List<IntentRow> rows = new ArrayList<>();
        for (IntentReport.IntentScore s : reports.get(0).perIntent()) {
            rows.add(new IntentRow(s.intent(), s.support(), s.f1(), baseline.getOrDefault(s.intent(), Double.NaN)));
        }
        return rows;
    }
}
