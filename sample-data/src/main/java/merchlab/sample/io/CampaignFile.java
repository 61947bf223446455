package merchlab.sample.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.ads.Campaign;
import merchlab.csv.CsvWriter;
import merchlab.csv.Decimals;

/**
 * Writes {@code campaigns.csv} in the documented campaigns format: one row per product bid, each with its campaign's
 * advertiser, daily budget and targeting (keywords and category paths separated by {@code |}), money in the
 * products' currency.
 */
public final class CampaignFile {
    /** The campaigns.csv header, in order. */
    public static final List<String> COLUMNS = List.of("campaign_id", "advertiser", "daily_budget", "product_id",
            "bid", "keywords", "categories");

    private CampaignFile() {
    }

    public static void write(Path file, List<Campaign> campaigns) {
        try (CsvWriter csv = new CsvWriter(file, COLUMNS)) {
            for (Campaign c : campaigns) {
                String keywords = String.join("|", c.targeting().keywords());
                String categories = String.join("|", c.targeting().categories());
                for (Map.Entry<String, Long> bid : c.bidCents().entrySet()) {
                    csv.raw(c.id()).cell(c.advertiser()).raw(Decimals.price((int) c.dailyBudgetCents()))
                            .raw(bid.getKey()).raw(Decimals.price(bid.getValue().intValue())).cell(keywords)
                            .cell(categories);
                    csv.endRow();
                }
            }
        }
    }
}
