package merchlab.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/**
 * Sponsored-products campaigns as CSV/TSV, one row per product bid: {@code campaign_id, advertiser, daily_budget,
 * product_id, bid, keywords, categories}, keywords and category paths separated by {@code |}. Every row carries its
 * campaign's budget; a later row's advertiser, budget and targeting replace the earlier ones.
 */
final class CampaignsCsvFormat extends DelimitedFormat {
    static final String NAME = "campaigns-csv";
    private static final String[] CAMPAIGN = {"campaign_id", "campaign"};
    private static final String[] BUDGET = {"daily_budget", "budget", "budget_per_day"};
    private static final String[] PRODUCT = {"product_id", "item_id", "advertised_product", "sku"};
    private static final String[] BID = {"bid", "max_cpc", "cpc_bid"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CAMPAIGNS);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of(CAMPAIGN), List.of(BUDGET), List.of(PRODUCT), List.of(BID));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson()) {
            return 0;
        }
        List<String> h = sniff.header();
        boolean campaign = List.of(CAMPAIGN).stream().anyMatch(h::contains);
        boolean bid = List.of(BID).stream().anyMatch(h::contains);
        boolean log = List.of(EventsCsvFormat.TIMESTAMP).stream().anyMatch(h::contains)
                || List.of(EventsCsvFormat.TYPE).stream().anyMatch(h::contains);
        return campaign && bid && !log ? 9 : 0;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int campaign = c.require(CAMPAIGN);
        int budget = c.require(BUDGET);
        int product = c.require(PRODUCT);
        int bid = c.require(BID);
        int advertiser = c.find("advertiser", "brand", "seller");
        int keywords = c.find("keywords", "keyword");
        int categories = c.find("categories", "category", "category_paths");
        noteUnused(c, sink);
        return (row, out) -> {
            String id = row.required(campaign);
            String productId = row.get(product);
            if (productId == null) {
                throw new RowProblem("campaign " + Numbers.clip(id) + ": missing product_id");
            }
            String bidText = row.get(bid);
            if (bidText == null) {
                throw new RowProblem("campaign " + Numbers.clip(id) + " has no bid for " + Numbers.clip(productId));
            }
            double bidValue = Numbers.decimal(bidText, "bid");
            if (bidValue <= 0) {
                throw new RowProblem("campaign " + Numbers.clip(id) + ": the bid for " + Numbers.clip(productId)
                        + " is " + bidText + "; a bid must be positive");
            }
            String budgetText = row.get(budget);
            if (budgetText == null) {
                throw new RowProblem("campaign " + Numbers.clip(id) + " has no daily_budget");
            }
            double budgetValue = Numbers.decimal(budgetText, "daily_budget");
            if (budgetValue <= 0) {
                throw new RowProblem("campaign " + Numbers.clip(id) + ": the daily budget is " + budgetText
                        + "; it must be positive");
            }
            out.campaignBid(new CampaignRow(id, row.get(advertiser), budgetValue, productId, bidValue,
                    list(row.get(keywords)), list(row.get(categories))));
        };
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String v : text.split("\\|")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        return values;
    }
}
