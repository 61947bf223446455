package merchlab.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import merchlab.metric.CalibrationError;

/**
 * Scores predicted intents against true ones: accuracy, macro-averaged F1 (the unweighted mean of each intent's F1),
 * top-label expected calibration error (Guo et al. 2017: the confidence of the predicted intent against whether it is
 * right), the handoff rate at a threshold, the confusion matrix and the coverage-accuracy curve.
 */
public final class IntentEvaluation {
    /** Buckets of the calibration error. */
    public static final int ECE_BUCKETS = 15;
    /** Thresholds of the coverage curve: 0, 0.05 ... 0.95, 0.99. */
    static final double[] THRESHOLDS = thresholds();

    private IntentEvaluation() {
    }

    /** Evaluates a recogniser on labelled messages. */
    public static IntentReport evaluate(IntentRecogniser model, List<LabelledMessage> messages) {
        List<double[]> p = model.probabilities(messages.stream().map(LabelledMessage::text).toList());
        return score(model.name(), model.saved().kind(), model.intents(), p,
                messages.stream().map(LabelledMessage::intent).toList(), model.handoffThreshold());
    }

    /** Scores probabilities over {@code intents} against the true intents. */
    public static IntentReport score(String name, String kind, List<String> intents, List<double[]> probabilities,
                                     List<String> truth, double threshold) {
        int n = truth.size();
        TreeSet<String> all = new TreeSet<>(intents);
        all.addAll(truth);
        List<String> labels = new ArrayList<>(all);
        Map<String, Integer> at = new LinkedHashMap<>();
        for (String l : labels) {
            at.put(l, at.size());
        }
        int[][] confusion = new int[labels.size()][labels.size()];
        double[] confidence = new double[n];
        boolean[] right = new boolean[n];
        int correct = 0;
        int handed = 0;
        for (int i = 0; i < n; i++) {
            int best = IntentRecogniser.argmax(probabilities.get(i));
            String predicted = intents.get(best);
            confidence[i] = probabilities.get(i)[best];
            right[i] = predicted.equals(truth.get(i));
            correct += right[i] ? 1 : 0;
            handed += confidence[i] < threshold ? 1 : 0;
            confusion[at.get(truth.get(i))][at.get(predicted)]++;
        }
        List<IntentReport.IntentScore> scores = new ArrayList<>();
        double f1Sum = 0;
        int scored = 0;
        for (int c = 0; c < labels.size(); c++) {
            int tp = confusion[c][c];
            int support = 0;
            int given = 0;
            for (int k = 0; k < labels.size(); k++) {
                support += confusion[c][k];
                given += confusion[k][c];
            }
            if (support == 0 && given == 0) {
                continue;
            }
            double precision = given == 0 ? 0 : (double) tp / given;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new IntentReport.IntentScore(labels.get(c), support, precision, recall, f1));
            f1Sum += f1;
            scored++;
        }
        return new IntentReport(name, kind, n, n == 0 ? Double.NaN : (double) correct / n,
                scored == 0 ? Double.NaN : f1Sum / scored, CalibrationError.expected(confidence, right, ECE_BUCKETS),
                threshold, n == 0 ? Double.NaN : (double) handed / n, scores, labels, confusion,
                coverage(confidence, right));
    }

    /** Coverage and accuracy of the kept messages at every threshold of {@link #THRESHOLDS}. */
    static List<IntentReport.CoveragePoint> coverage(double[] confidence, boolean[] right) {
        List<IntentReport.CoveragePoint> out = new ArrayList<>();
        for (double t : THRESHOLDS) {
            int kept = 0;
            int good = 0;
            for (int i = 0; i < confidence.length; i++) {
                if (confidence[i] >= t) {
                    kept++;
                    good += right[i] ? 1 : 0;
                }
            }
            out.add(new IntentReport.CoveragePoint(t, confidence.length == 0 ? Double.NaN
                    : (double) kept / confidence.length, kept == 0 ? Double.NaN : (double) good / kept));
        }
        return out;
    }

    /** The lowest handoff threshold: a message whose intent is not even likelier than not goes to a person. */
    public static final double MIN_THRESHOLD = 0.5;

    /**
     * The lowest threshold from {@link #MIN_THRESHOLD} up (in steps of 0.01) at which the kept messages are at least
     * {@code target} right; 0.99 when none is.
     */
    public static double threshold(double[] confidence, boolean[] right, double target) {
        for (int t = (int) Math.round(MIN_THRESHOLD * 100); t <= 99; t++) {
            int kept = 0;
            int good = 0;
            for (int i = 0; i < confidence.length; i++) {
                if (confidence[i] >= t / 100.0) {
                    kept++;
                    good += right[i] ? 1 : 0;
                }
            }
            if (kept > 0 && (double) good / kept >= target) {
                return t / 100.0;
            }
        }
        return 0.99;
    }

    private static double[] thresholds() {
        double[] t = new double[21];
        for (int i = 0; i < 20; i++) {
            t[i] = i * 0.05;
        }
        t[20] = 0.99;
        return t;
    }
}
