package merchlab.sample.catalog;

import merchlab.sample.Lang;

/**
 * An invented brand of one top category and one language.
 *
 * @param index position in {@link Vocabulary#brands()}
 * @param top   index of the top category the brand sells in
 */
public record Brand(int index, String name, Lang lang, int top, Tier tier) {
    /** Where a brand sits in the market: its price level and the typical quality of its products. */
    public enum Tier {
        BUDGET(0.65, -0.35, 1.0), MID(1.0, 0.0, 1.0), PREMIUM(1.7, 0.4, 0.7);

        private final double priceFactor;
        private final double qualityMean;
        private final double share;

        Tier(double priceFactor, double qualityMean, double share) {
            this.priceFactor = priceFactor;
            this.qualityMean = qualityMean;
            this.share = share;
        }

        public double priceFactor() {
            return priceFactor;
        }

        public double qualityMean() {
            return qualityMean;
        }

        /** Relative share of the catalog's product lines. */
        public double share() {
            return share;
        }
    }
}
