package merchlab.importer.format;

import java.util.List;

/**
 * One row of a campaigns file: a campaign's bid on one product, with the campaign's own fields as that row gives
 * them (money in the shop's currency).
 *
 * @param campaignId  the campaign
 * @param advertiser  the brand or seller paying, or null
 * @param dailyBudget the campaign's daily budget, positive
 * @param productId   the advertised product
 * @param bid         the most paid per click on that product's ad, positive
 * @param keywords    the campaign's keywords (searches only)
 * @param categories  the campaign's category paths
 */
public record CampaignRow(String campaignId, String advertiser, double dailyBudget, String productId, double bid,
                          List<String> keywords, List<String> categories) {
    public CampaignRow {
        keywords = List.copyOf(keywords);
        categories = List.copyOf(categories);
    }
}
