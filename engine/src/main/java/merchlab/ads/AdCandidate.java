package merchlab.ads;

/**
 * One ad that may enter an auction: a campaign's bid on one of its products.
 *
 * @param campaign  the campaign
 * @param productId the advertised product
 * @param bidCents  the campaign's bid for a click on it
 */
public record AdCandidate(Campaign campaign, String productId, long bidCents) {

    /** The campaign's id. */
    public String campaignId() {
        return campaign.id();
    }
}
