package merchlab.metric;

import java.util.Arrays;

/**
 * Area under the ROC curve, computed as the Mann-Whitney U statistic with ties counted half
 * (Hanley and McNeil, "The meaning and use of the area under a ROC curve", Radiology 1982).
 */
public final class Auc {
    private Auc() {
    }

    /** AUC of {@code scores} against binary {@code labels}; NaN when either class is absent. */
    public static double of(double[] scores, boolean[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ranks are 1-based; ties share the mean rank
            for (int t = i; t <= j; t++) {
                if (labels[order[t]]) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
