package merchlab.service;

import java.util.List;

/**
 * How well one intent model did on labelled messages.
 *
 * @param ece          expected calibration error of the confidence (15 equal-width buckets)
 * @param handoffRate  the share of messages whose confidence is below the model's handoff threshold
 * @param perIntent    precision, recall and F1 of every intent
 * @param labels       the intents of the confusion matrix's rows (true) and columns (predicted)
 * @param confusion    counts of messages by true intent (row) and predicted intent (column)
 * @param coverage     accuracy of the messages kept at each confidence threshold
 */
public record IntentReport(String model, String kind, int messages, double accuracy, double macroF1, double ece,
                           double handoffThreshold, double handoffRate, List<IntentScore> perIntent,
                           List<String> labels, int[][] confusion, List<CoveragePoint> coverage) {
    public IntentReport {
        perIntent = List.copyOf(perIntent);
        labels = List.copyOf(labels);
        coverage = List.copyOf(coverage);
    }

    /** One intent's scores over the messages that have it (support) or were given it. */
    public record IntentScore(String intent, int support, double precision, double recall, double f1) {
    }

    /**
     * Answering only messages whose confidence is at least {@code threshold}: the share answered and how many of
     * those are right (NaN when none is answered).
     */
    public record CoveragePoint(double threshold, double coverage, double accuracy) {
    }
}
