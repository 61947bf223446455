package merchlab.sample.click;

/**
 * One impression's planted drivers: each term's contribution to the click logit, and the log of the examination
 * probability of its position.
 */
public record ClickDrivers(double relevance, double categoryAffinity, double brandAffinity, double priceFit,
                           double quality, double context, double positionBias) {

    /** The sum of the contributions (without the intercept and the position). */
    public double contributions() {
        return relevance + categoryAffinity + brandAffinity + priceFit + quality + context;
    }
}
