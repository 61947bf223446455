package merchlab.sample.click;

/**
 * The planted click model's parameters: P(click) = examine(position) x sigmoid(b0 + sum of driver contributions).
 *
 * @param b0                      intercept of the click logit
 * @param relevance               weight of the query relevance score (0-1)
 * @param recommendationRelevance share of {@code relevance} applied to recommendation requests, whose intent is the
 *                                session's unspoken mission
 * @param categoryAffinity        weight of the shopper's category affinity (0-1)
 * @param brandAffinity           contribution when the product's brand is one of the shopper's favourites
 * @param priceFit                weight of -(price sensitivity x ln(price / category median))
 * @param quality                 weight of the product's latent quality
 * @param context                 weight of the category's device, hour and weekend effects
 * @param examinationEta          examine(position) = position^-eta
 * @param sponsoredLabel          added to the click logit of a sponsored product (the ad label's own effect: shoppers
 *                                trust a paid placement a little less)
 */
public record ClickWeights(double b0, double relevance, double recommendationRelevance, double categoryAffinity,
                           double brandAffinity, double priceFit, double quality, double context,
                           double examinationEta, double sponsoredLabel) {

    /** The weights every generated shop uses. */
    public static ClickWeights standard() {
        return new ClickWeights(-4.2, 1.7, 0.6, 1.3, 0.8, 0.8, 0.5, 1.0, 0.6, -0.35);
    }
}
