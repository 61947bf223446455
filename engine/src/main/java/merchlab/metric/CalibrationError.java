package merchlab.metric;

/**
 * Expected calibration error over equal-width probability buckets
 * (Naeini, Cooper and Hauskrecht, "Obtaining Well Calibrated Probabilities Using Bayesian Binning", AAAI 2015).
 */
public final class CalibrationError {
    private CalibrationError() {
    }

    /** Sum over buckets of (bucket share) x |mean prediction - observed rate|. */
    public static double expected(double[] probabilities, boolean[] labels, int buckets) {
        Bucket[] table = buckets(probabilities, labels, buckets);
        double ece = 0;
        for (Bucket b : table) {
            if (b.count > 0) {
                ece += (double) b.count / probabilities.length * Math.abs(b.meanPredicted() - b.observedRate());
            }
        }
        return probabilities.length == 0 ? Double.NaN : ece;
    }

    /** Predicted and observed rates per equal-width bucket, for calibration charts. */
    public static Bucket[] buckets(double[] probabilities, boolean[] labels, int buckets) {
        Bucket[] table = new Bucket[buckets];
        for (int b = 0; b < buckets; b++) {
            table[b] = new Bucket((double) b / buckets, (double) (b + 1) / buckets);
        }
        for (int i = 0; i < probabilities.length; i++) {
            int b = Math.min(buckets - 1, (int) (probabilities[i] * buckets));
            Bucket bucket = table[Math.max(0, b)];
            bucket.count++;
            bucket.predictedSum += probabilities[i];
            bucket.positives += labels[i] ? 1 : 0;
        }
        return table;
    }

    /** One bucket of a reliability diagram. */
    public static final class Bucket {
        public final double from;
        public final double to;
        long count;
        double predictedSum;
        long positives;

        Bucket(double from, double to) {
            this.from = from;
            this.to = to;
        }

        public long count() {
            return count;
        }

        public double meanPredicted() {
            return count == 0 ? Double.NaN : predictedSum / count;
        }

        public double observedRate() {
            return count == 0 ? Double.NaN : (double) positives / count;
        }
    }
}
