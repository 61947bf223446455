package merchlab.eval.curves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import merchlab.CancelToken;
import merchlab.metric.CalibrationError;
import merchlab.eval.stats.WilsonInterval;
import merchlab.eval.temporal.TestLists;
import merchlab.features.ShopCatalog;
import merchlab.model.ClickModel;
import merchlab.model.ClickModel.ShownList;
import merchlab.model.Recommender;

/**
 * The curves of one model on the test period's result lists: observed and predicted CTR by position and by day (with
 * Wilson 95% bands, and each day's impressions), a reliability diagram, the ROC curve and NDCG@k for k = 1..20.
 * Predictions are click probabilities at the shown position for {@link ClickModel}s, else the model's own scores when
 * it predicts CTR; other models get observed curves, ROC and NDCG only.
 */
public final class ClickCurves {
    /** The largest k of the NDCG curve. */
    public static final int MAX_K = 20;
    /** Buckets of the reliability diagram. */
    public static final int BUCKETS = 10;
    private static final long DAY = 86_400_000L;

    /** Every curve, as plain arrays; predicted arrays are null for models that do not predict CTR. */
    public record Curves(int impressions, double[] position, double[] observedByPosition, double[] lowByPosition,
                         double[] highByPosition, double[] predictedByPosition, double[] bucketPredicted,
                         double[] bucketObserved, double[] falsePositiveRate, double[] truePositiveRate,
                         double[] k, double[] ndcg, double[] day, double[] observedByDay, double[] predictedByDay,
                         double[] lowByDay, double[] highByDay, double[] impressionsByDay) {
    }

    private final TestLists test;
    private final ShopCatalog catalog;

    public ClickCurves(TestLists test, ShopCatalog catalog) {
        this.test = test;
        this.catalog = catalog;
    }

    /** The curves of {@code model} on the impressions {@code filter} keeps. */
    public Curves of(Recommender model, CurveFilter filter, CancelToken cancel) {
        List<Integer> kept = new ArrayList<>();
        for (int l = 0; l < test.size(); l++) {
            ShownList list = test.lists().get(l);
            if (filter.acceptsList(list.request().context().device(), test.shownAt().get(l))) {
                kept.add(l);
            }
        }
        List<ShownList> lists = kept.stream().map(test.lists()::get).toList();
        cancel.check();
        List<double[]> scores = model.scoreAll(lists.stream().map(ShownList::request).toList(),
                lists.stream().map(ShownList::products).toList());
        List<double[]> predicted = model instanceof ClickModel c ? c.clickProbabilities(lists)
                : model.predictsCtr() ? scores : null;
        cancel.check();
        Integer category = filter.topCategory() == null ? null : categoryId(filter.topCategory());
        Tally t = new Tally(predicted != null);
        for (int i = 0; i < kept.size(); i++) {
            int l = kept.get(i);
            ShownList list = lists.get(i);
            boolean[] clicked = test.clicked().get(l);
            long day = Math.floorDiv(test.shownAt().get(l), DAY) * DAY;
            List<Integer> items = new ArrayList<>();
            for (int j = 0; j < clicked.length; j++) {
                if (category == null || catalog.find(list.products().get(j))
                        .map(p -> catalog.topCategory(p) == category).orElse(false)) {
                    items.add(j);
                }
            }
            for (int j : items) {
                t.add(list.positions()[j], day, clicked[j], scores.get(i)[j],
                        predicted == null ? Double.NaN : predicted.get(i)[j]);
            }
            t.ndcg(items, clicked, scores.get(i));
        }
        return t.curves();
    }

    private int categoryId(String name) {
        for (int c = 0; c < catalog.topCategories().size(); c++) {
            if (name.equals(catalog.topCategories().name(c))) {
                return c;
            }
        }
        return -2;
    }

    /** Wilson score interval of {@code clicks} of {@code n}. */
    static double[] wilson(long clicks, long n) {
        return WilsonInterval.of(clicks, n);
    }

    /** Accumulates the impressions a filter kept. */
    private static final class Tally {
        private final boolean withPredictions;
        private final TreeMap<Integer, double[]> byPosition = new TreeMap<>(); // impressions, clicks, predicted sum
        private final TreeMap<Long, double[]> byDay = new TreeMap<>();
        private final List<Double> scores = new ArrayList<>();
        private final List<Double> probabilities = new ArrayList<>();
        private final List<Boolean> labels = new ArrayList<>();
        private final double[] ndcgSum = new double[MAX_K];
        private int ndcgLists;

        Tally(boolean withPredictions) {
            this.withPredictions = withPredictions;
        }

        void add(int position, long day, boolean click, double score, double predicted) {
            double[] p = byPosition.computeIfAbsent(position, k -> new double[3]);
            double[] d = byDay.computeIfAbsent(day, k -> new double[3]);
            for (double[] a : new double[][] {p, d}) {
                a[0]++;
                a[1] += click ? 1 : 0;
                a[2] += withPredictions ? predicted : 0;
            }
            scores.add(score);
            probabilities.add(predicted);
            labels.add(click);
        }

        /** Binary-gain NDCG@k of the list re-ranked by score (Järvelin and Kekäläinen, TOIS 2002). */
        void ndcg(List<Integer> items, boolean[] clicked, double[] s) {
            long relevant = items.stream().filter(j -> clicked[j]).count();
            if (relevant == 0) {
                return;
            }
            List<Integer> order = new ArrayList<>(items);
            order.sort((a, b) -> Double.compare(s[b], s[a]));
            double dcg = 0;
            double ideal = 0;
            for (int k = 1; k <= MAX_K; k++) {
                if (k <= order.size() && clicked[order.get(k - 1)]) {
                    dcg += 1 / (Math.log(k + 1) / Math.log(2));
                }
                if (k <= relevant) {
                    ideal += 1 / (Math.log(k + 1) / Math.log(2));
                }
                ndcgSum[k - 1] += dcg / ideal;
            }
            ndcgLists++;
        }

        Curves curves() {
            int n = labels.size();
            double[][] pos = table(byPosition.keySet().stream().mapToDouble(Integer::doubleValue).toArray(),
                    byPosition.values().toArray(new double[0][]));
            double[][] days = table(byDay.keySet().stream().mapToDouble(Long::doubleValue).toArray(),
                    byDay.values().toArray(new double[0][]));
            double[] bucketPredicted = null;
            double[] bucketObserved = null;
            if (withPredictions) {
                boolean[] l = new boolean[n];
                double[] p = new double[n];
                for (int i = 0; i < n; i++) {
                    l[i] = labels.get(i);
                    p[i] = probabilities.get(i);
                }
                CalibrationError.Bucket[] buckets = CalibrationError.buckets(p, l, BUCKETS);
                bucketPredicted = Arrays.stream(buckets).filter(b -> b.count() > 0)
                        .mapToDouble(CalibrationError.Bucket::meanPredicted).toArray();
                bucketObserved = Arrays.stream(buckets).filter(b -> b.count() > 0)
                        .mapToDouble(CalibrationError.Bucket::observedRate).toArray();
            }
            double[][] roc = roc();
            double[] k = new double[MAX_K];
            double[] ndcg = new double[MAX_K];
            for (int i = 0; i < MAX_K; i++) {
                k[i] = i + 1;
                ndcg[i] = ndcgLists == 0 ? Double.NaN : ndcgSum[i] / ndcgLists;
            }
            return new Curves(n, pos[0], pos[1], pos[2], pos[3], withPredictions ? pos[4] : null, bucketPredicted,
                    bucketObserved, roc[0], roc[1], k, ndcg, days[0], days[1], withPredictions ? days[4] : null,
                    days[2], days[3], days[5]);
        }

        /** x, observed rate, band low, band high, mean prediction, impressions. */
        private static double[][] table(double[] x, double[][] counts) {
            double[][] out = new double[6][x.length];
            for (int i = 0; i < x.length; i++) {
                double[] c = counts[i];
                double[] band = wilson((long) c[1], (long) c[0]);
                out[0][i] = x[i];
                out[1][i] = c[1] / c[0];
                out[2][i] = band[0];
                out[3][i] = band[1];
                out[4][i] = c[2] / c[0];
                out[5][i] = c[0];
            }
            return out;
        }

        /** ROC points at every distinct score, from (0,0) to (1,1). */
        private double[][] roc() {
            int n = labels.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(scores.get(b), scores.get(a)));
            long positives = labels.stream().filter(b -> b).count();
            long negatives = n - positives;
            List<double[]> points = new ArrayList<>();
            points.add(new double[] {0, 0});
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < n; i++) {
                if (labels.get(order[i])) {
                    tp++;
                } else {
                    fp++;
                }
                boolean lastOfScore = i == n - 1 || !scores.get(order[i + 1]).equals(scores.get(order[i]));
                if (lastOfScore) {
                    points.add(new double[] {negatives == 0 ? 0 : (double) fp / negatives,
                            positives == 0 ? 0 : (double) tp / positives});
                }
            }
            double[][] out = new double[2][points.size()];
            for (int i = 0; i < points.size(); i++) {
                out[0][i] = points.get(i)[0];
                out[1][i] = points.get(i)[1];
            }
            return out;
        }
    }
}
