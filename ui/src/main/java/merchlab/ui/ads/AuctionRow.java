package merchlab.ui.ads;

/**
 * One ad of a visit's auction as the table shows it: the product and campaign, the bid, the predicted CTR before and
 * after calibration, the rank score, and the slot won with its price, or the reason it won none.
 *
 * @param productId  the advertised product
 * @param title      its title in the catalog
 * @param campaignId the campaign behind the ad
 * @param advertiser who pays for it
 * @param bidCents   the bid for a click, in cents
 * @param pctr       the calibrated predicted CTR the auction used
 * @param rawPctr    the ranker's predicted CTR before calibration, NaN when unknown
 * @param relevance  the ad's relevance to the visit, 0-1 (1 when the rules blend in none)
 * @param ecpm       the rank score in the shop's currency per thousand views (eCPM)
 * @param slot       the slot won, 0 when it lost
 * @param priceCents what a click costs, -1 when it lost
 * @param reason     why it has that slot and price, or why it has none
 */
public record AuctionRow(String productId, String title, String campaignId, String advertiser, long bidCents,
                         double pctr, double rawPctr, double relevance, double ecpm, int slot, long priceCents,
                         String reason) {

    /** Whether the ad won a slot. */
    public boolean won() {
        return slot > 0;
    }
}
