package merchlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.features.FeatureGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rank correlation, confidence intervals and the truth file, on hand-computed data. */
class CheckMathTest {
    @Test
    void spearmanOnHandComputedSeries() {
        assertEquals(1.0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 300}), 1e-12);
        assertEquals(-1.0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        // ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): rho = 0.9486832980505138
        assertEquals(0.9486832980505138, RankCorrelation.spearman(new double[] {1, 5, 5, 9}, new double[] {1, 2, 3, 4}),
                1e-12);
        assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 1}, new double[] {1, 2})));
    }

    @Test
    void studentIntervalOfThreeValues() {
        double[] ci = PermutationImportance.interval(new double[] {1, 2, 3});
        assertEquals(2, ci[0], 1e-12);
        assertEquals(2 - 4.303 / Math.sqrt(3), ci[1], 1e-12);
        assertEquals(2 + 4.303 / Math.sqrt(3), ci[2], 1e-12);
    }

    private static Explanation withGroups(double... perGroup) {
        Map<FeatureGroup, Double> g = new EnumMap<>(FeatureGroup.class);
        for (FeatureGroup group : FeatureGroup.values()) {
            g.put(group, perGroup[group.ordinal()]);
        }
        return new Explanation("P", 0, 0, List.of(), g, 0, 16, List.of());
    }

    @Test
    void truthFileIsJoinedAndAgreementMeasured(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("impression_truth.csv");
        Files.writeString(file, "request_id,product_id,position,relevance,category_affinity,brand_affinity,price_fit,"
                + "quality,context,position_bias\n"
                + "R1,P1,1,1.7,0.5,0.8,-0.1,0.2,0.1,0\n"
                + "R1,P2,2,0.2,0.1,0,0.3,-0.4,0,-0.41\n"
                + "R2,P1,3,0.9,0.9,0,0.0,0.2,-0.2,-0.65\n");
        TruthAgreement t = TruthAgreement.read(file);
        assertEquals(1.3, t.contributions("R1", "P1")[1], 1e-12, "category and brand affinity are summed");
        List<double[]> truth = new ArrayList<>();
        List<Explanation> explained = new ArrayList<>();
        for (String[] key : new String[][] {{"R1", "P1"}, {"R1", "P2"}, {"R2", "P1"}}) {
            double[] c = t.contributions(key[0], key[1]);
            truth.add(c);
            // attributions that grow with the truth in every driver; category split over its two groups
            explained.add(withGroups(0.01 * c[0], 0.002 * c[1], 0.003 * c[1], 0.01 * c[2], 0.01 * c[3], 0.01 * c[4],
                    0.01 * c[5]));
        }
        TruthAgreement.Result r = TruthAgreement.compare(explained, truth);
        assertEquals(1.0, r.perDriver().get("relevance"), 1e-12);
        assertEquals(1.0, r.meanOverDrivers(), 1e-12);
        assertEquals(3, r.impressions());
    }

    @Test
    void aFileWithoutTheDriverColumnsIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "a,b\n1,2\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(MerchLabException.class, () -> TruthAgreement.read(file))
                .getMessage().contains("relevance"));
    }
}
