package merchlab.explain;

import java.util.List;

/**
 * The model randomisation sanity check (Adebayo et al., "Sanity Checks for Saliency Maps", NeurIPS 2018): the
 * attributions of the trained model and of the same network with random weights, on the same rows, should rank the
 * features differently. Reports the mean Spearman correlation of the two rankings (of absolute attributions, as the
 * paper does, and of signed ones); a faithful method gives a low value.
 *
 * @param meanAbsoluteRankCorrelation mean over rows of Spearman's rho between |attributions| of the two models
 * @param meanSignedRankCorrelation   the same for signed attributions
 */
public record RandomisationCheck(double meanAbsoluteRankCorrelation, double meanSignedRankCorrelation, int rows) {
    /** Compares explanations of the same rows, in the same order. */
    public static RandomisationCheck compare(List<Explanation> trained, List<Explanation> randomised) {
        double abs = 0;
        double signed = 0;
        int counted = 0;
        for (int i = 0; i < trained.size(); i++) {
            boolean[] moved = moved(trained.get(i), randomised.get(i));
            double rs = RankCorrelation.spearman(values(trained.get(i), false, moved),
                    values(randomised.get(i), false, moved));
            double ra = RankCorrelation.spearman(values(trained.get(i), true, moved),
                    values(randomised.get(i), true, moved));
            if (!Double.isNaN(rs) && !Double.isNaN(ra)) {
                signed += rs;
                abs += ra;
                counted++;
            }
        }
        return new RandomisationCheck(counted == 0 ? Double.NaN : abs / counted,
                counted == 0 ? Double.NaN : signed / counted, counted);
    }

    /** Features at their baseline get exactly 0 from both models; they are left out so they cannot agree. */
    private static boolean[] moved(Explanation a, Explanation b) {
        boolean[] m = new boolean[a.features().size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = a.features().get(i).attribution() != 0 || b.features().get(i).attribution() != 0;
        }
        return m;
    }

    private static double[] values(Explanation e, boolean absolute, boolean[] moved) {
        int n = 0;
        for (boolean m : moved) {
            n += m ? 1 : 0;
        }
        double[] v = new double[n];
        int k = 0;
        for (int i = 0; i < moved.length; i++) {
            if (moved[i]) {
                double a = e.features().get(i).attribution();
                v[k++] = absolute ? Math.abs(a) : a;
            }
        }
        return v;
    }
}
