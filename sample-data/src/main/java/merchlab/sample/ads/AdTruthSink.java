package merchlab.sample.ads;

/** Receives the true click probability of every eligible ad of every ad request, shown or not. */
public interface AdTruthSink {
    /**
     * @param request           the request number
     * @param campaignId        the campaign
     * @param productId         the advertised product
     * @param relevance         the product's planted relevance score for the request's intent, 0-1
     * @param clickProbability  the position-free click probability with the ad label's effect (at position p it is
     *                          this times the examination of p)
     */
    void ad(long request, String campaignId, String productId, double relevance, double clickProbability);
}
