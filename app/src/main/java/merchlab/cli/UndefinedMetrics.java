package merchlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics that cannot be computed on the test data (NaN) are left out of an {@code evaluate} document and listed
 * under {@code undefined} with the reason, so no bare NaN is printed and the reader learns what data is missing.
 */
final class UndefinedMetrics {
    private UndefinedMetrics() {
    }

    /** The metrics with a value. */
    static Map<String, Double> defined(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((name, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(name, v);
            }
        });
        return out;
    }

    /** Each metric without a value and why it has none; empty when every metric has one. */
    static Map<String, String> reasons(Map<String, Double> metrics) {
        Map<String, String> out = new TreeMap<>();
        metrics.forEach((name, v) -> {
            if (v == null || !Double.isFinite(v)) {
                out.put(name, reason(name));
            }
        });
        return out;
    }

    /** Puts {@code metrics} (the defined ones) and, when some are undefined, {@code undefined} into {@code row}. */
    static void put(Map<String, Object> row, String key, Map<String, Double> metrics) {
        row.put(key, defined(metrics));
        Map<String, String> why = reasons(metrics);
        if (!why.isEmpty()) {
            row.put(key.equals("metrics") ? "undefined" : key + "Undefined", why);
        }
    }

    static String reason(String metric) {
        String base = metric.contains("@") ? metric.substring(0, metric.indexOf('@')) : metric;
        return switch (base) {
            case "auc" -> "the test period needs both clicked and unclicked impressions";
            case "logloss", "ece" -> "the test period has no impressions with a prediction";
            case "coverage" -> "there is no test list to rank";
            default -> "no test list has a click or purchase to find";
        };
    }
}
