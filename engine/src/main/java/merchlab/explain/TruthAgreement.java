package merchlab.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.csv.CsvRows;
import merchlab.features.FeatureGroup;

/**
 * Agreement of attributions with the click drivers planted by the sample-data generator
 * ({@code impression_truth.csv}: per impression the logit contribution of each driver). Each driver maps to the
 * feature groups that can see it:
 * relevance - semantic match; category and brand affinity - shopper affinity plus category and brand affinity;
 * price fit - price; quality - popularity and freshness (the model sees quality only through past clicks);
 * context - context; position bias - position.
 *
 * <p>For every driver, Spearman's rho over impressions between the driver's true contribution and the summed
 * attribution of its groups is reported (invariant to the baseline, which the truth does not share), and the mean of
 * the within-impression rank correlation between drivers' contributions (centred on their mean over the impressions)
 * and their groups' attributions.
 */
public final class TruthAgreement {
    /** The generator's drivers and the feature groups each maps to. */
    public static final Map<String, Set<FeatureGroup>> DRIVERS = drivers();

    private final Map<String, double[]> truth;

    private TruthAgreement(Map<String, double[]> truth) {
        this.truth = truth;
    }

    private static Map<String, Set<FeatureGroup>> drivers() {
        Map<String, Set<FeatureGroup>> m = new LinkedHashMap<>();
        m.put("relevance", EnumSet.of(FeatureGroup.SEMANTIC_MATCH));
        m.put("category_and_brand_affinity", EnumSet.of(FeatureGroup.SHOPPER_AFFINITY,
                FeatureGroup.CATEGORY_BRAND_AFFINITY));
        m.put("price_fit", EnumSet.of(FeatureGroup.PRICE));
        m.put("quality", EnumSet.of(FeatureGroup.POPULARITY_FRESHNESS));
        m.put("context", EnumSet.of(FeatureGroup.CONTEXT));
        m.put("position_bias", EnumSet.of(FeatureGroup.POSITION));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Reads {@code impression_truth.csv}; category and brand affinity are summed into one driver. */
    public static TruthAgreement read(Path file) {
        Map<String, double[]> truth = new HashMap<>();
        try (CsvRows rows = CsvRows.open(file)) {
            List<String> names = rows.next();
            if (names == null) {
                throw new MerchLabException(file + " is empty");
            }
            int[] at = new int[7];
            String[] wanted = {"relevance", "category_affinity", "brand_affinity", "price_fit", "quality", "context",
                    "position_bias"};
            for (int k = 0; k < wanted.length; k++) {
                at[k] = names.indexOf(wanted[k]);
                if (at[k] < 0) {
                    throw new MerchLabException(file + " has no column '" + wanted[k] + "': is it impression_truth.csv?");
                }
            }
            int request = names.indexOf("request_id");
            int product = names.indexOf("product_id");
            if (request < 0 || product < 0) {
                throw new MerchLabException(file + " needs request_id and product_id columns");
            }
            List<String> v;
            int number = 1;
            while ((v = rows.next()) != null) {
                number++;
                try {
                    double[] c = new double[6];
                    c[0] = Double.parseDouble(v.get(at[0]));
                    c[1] = Double.parseDouble(v.get(at[1])) + Double.parseDouble(v.get(at[2]));
                    for (int k = 3; k < 7; k++) {
                        c[k - 1] = Double.parseDouble(v.get(at[k]));
                    }
                    truth.put(v.get(request) + "\u0000" + v.get(product), c);
                } catch (RuntimeException e) {
                    throw new MerchLabException(file + " line " + number + ": not a row of numbers");
                }
            }
        }
        return new TruthAgreement(truth);
    }

    /** The true contributions of an impression, driver order of {@link #DRIVERS}, or null when not in the file. */
    public double[] contributions(String requestId, String productId) {
        return truth.get(requestId + "\u0000" + productId);
    }

    /**
     * The agreement figures.
     *
     * @param perDriver            Spearman's rho over impressions, per driver
     * @param meanOverDrivers      their mean (drivers with a defined rho)
     * @param meanWithinImpression mean over impressions of the rho across drivers
     */
    public record Result(Map<String, Double> perDriver, double meanOverDrivers, double meanWithinImpression,
                         int impressions) {
    }

    /** Compares explanations with the truth rows of the same impressions ({@code truthRows[i]} for explanation i). */
    public static Result compare(List<Explanation> explanations, List<double[]> truthRows) {
        int n = explanations.size();
        int d = DRIVERS.size();
        double[][] attribution = new double[d][n];
        double[][] contribution = new double[d][n];
        List<Set<FeatureGroup>> groups = new ArrayList<>(DRIVERS.values());
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                double a = 0;
                for (FeatureGroup g : groups.get(k)) {
                    a += explanations.get(i).groups().get(g);
                }
                attribution[k][i] = a;
                contribution[k][i] = truthRows.get(i)[k];
            }
        }
        Map<String, Double> per = new LinkedHashMap<>();
        double sum = 0;
        int defined = 0;
        List<String> names = new ArrayList<>(DRIVERS.keySet());
        double[] centre = new double[d];
        for (int k = 0; k < d; k++) {
            double rho = RankCorrelation.spearman(attribution[k], contribution[k]);
            per.put(names.get(k), Double.isNaN(rho) ? null : rho);
            if (!Double.isNaN(rho)) {
                sum += rho;
                defined++;
            }
            for (double c : contribution[k]) {
                centre[k] += c / n;
            }
        }
        double within = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double[] a = new double[d];
            double[] c = new double[d];
            for (int k = 0; k < d; k++) {
                a[k] = attribution[k][i];
                c[k] = contribution[k][i] - centre[k];
            }
            double rho = RankCorrelation.spearman(a, c);
            if (!Double.isNaN(rho)) {
                within += rho;
                counted++;
            }
        }
        return new Result(per, defined == 0 ? Double.NaN : sum / defined, counted == 0 ? Double.NaN : within / counted, n);
    }
}
