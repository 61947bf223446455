package merchlab.sample.click;

import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.shopper.Shopper;

/**
 * The known position-based click model of a generated shop.
 *
 * <p>P(click) = examine(position) x sigmoid(b0 + relevance + category affinity + brand affinity + price fit +
 * quality + context), where each driver's contribution is its weight times a planted signal:
 * <ul>
 *   <li>relevance: the {@link merchlab.sample.query.Relevance} score of the product for the query (search), or
 *       {@code recommendationRelevance} x the score for the session's unspoken mission (recommendations);</li>
 *   <li>category affinity: {@link Shopper#categoryAffinity};</li>
 *   <li>brand affinity: 1 when the brand is one of the shopper's favourites;</li>
 *   <li>price fit: -(shopper price sensitivity) x ln(price / category median price);</li>
 *   <li>quality: the product's latent quality;</li>
 *   <li>context: the top category's device + hour + weekend effect;</li>
 *   <li>examine(position) = position^-eta.</li>
 * </ul>
 * A sponsored product adds the ad label's own effect to the logit ({@link ClickWeights#sponsoredLabel}).
 * Probabilities are rounded to nine decimals before clicks are drawn, so the value written is the one used.
 */
public final class ClickModel {
    private final ClickWeights weights;
    private final Catalog catalog;
    private final Vocabulary vocabulary;

    public ClickModel(ClickWeights weights, Catalog catalog) {
        this.weights = weights;
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
    }

    public ClickWeights weights() {
        return weights;
    }

    /** The probability that a shopper looks at position 1, 2, ... at all. */
    public double examination(int position) {
        return StrictMath.pow(position, -weights.examinationEta());
    }

    /**
     * The drivers of one impression.
     *
     * @param relevanceScore the product's relevance score for the request's intent, 0-1
     * @param search         true for a search request, false for a recommendation request
     */
    public ClickDrivers drivers(Shopper shopper, int product, double relevanceScore, boolean search,
                                VisitContext context, int position) {
        int leaf = catalog.leaf(product);
        double relevance = weights.relevance() * relevanceScore * (search ? 1 : weights.recommendationRelevance());
        double category = weights.categoryAffinity() * shopper.categoryAffinity(vocabulary, leaf);
        double brand = shopper.isFavouriteBrand(catalog.brand(product)) ? weights.brandAffinity() : 0;
        double median = vocabulary.medianPrice(leaf, catalog.lang(product));
        double priceRatio = StrictMath.log(catalog.price(product) / median);
        double priceFit = -weights.priceFit() * shopper.priceSensitivity() * priceRatio;
        double quality = weights.quality() * catalog.quality(product);
        double ctx = weights.context() * vocabulary.topOf(leaf).context()
                .total(context.device().code(), context.hour(), context.weekend());
        return new ClickDrivers(relevance, category, brand, priceFit, quality, ctx,
                StrictMath.log(examination(position)));
    }

    /** P(click) for the drivers, rounded to nine decimals and kept inside (0, 1). */
    public double probability(ClickDrivers d) {
        double logit = weights.b0() + d.contributions();
        double p = StrictMath.exp(d.positionBias()) / (1 + StrictMath.exp(-logit));
        double rounded = Math.round(p * 1e9) / 1e9;
        return Math.min(1 - 1e-9, Math.max(1e-9, rounded));
    }

    /** P(click) of a sponsored product for the drivers: the same model with the ad label's effect in the logit. */
    public double sponsoredProbability(ClickDrivers d) {
        double logit = weights.b0() + d.contributions() + weights.sponsoredLabel();
        return rounded(StrictMath.exp(d.positionBias()) / (1 + StrictMath.exp(-logit)));
    }

    /**
     * The position-free click probability of a sponsored product, sigmoid(b0 + contributions + ad label): its click
     * probability at position p is this times {@link #examination}(p).
     */
    public double sponsoredAttractiveness(ClickDrivers d) {
        double logit = weights.b0() + d.contributions() + weights.sponsoredLabel();
        return rounded(1 / (1 + StrictMath.exp(-logit)));
    }

    private static double rounded(double p) {
        double r = Math.round(p * 1e9) / 1e9;
        return Math.min(1 - 1e-9, Math.max(1e-9, r));
    }
}
