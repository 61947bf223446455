package merchlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.ads.RankedAd;
import merchlab.ads.SlotAward;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.shop.AdAuctions;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab ads auction}: one visit's sponsored slots, who won them, at what price and why. */
@Command(name = "auction", mixinStandardHelpOptions = true, description = "run the sponsored-products auction of one "
        + "search or recommendation list: each slot's winner, its bid, calibrated pCTR, eCPM, price and runner-up")
final class AdsAuctionCommand implements Runnable {
    private final ShopServices services;

    AdsAuctionCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--query", paramLabel = "TEXT", description = "a search (without it: the shopper's recommendations)")
    String query;

    @Option(names = "--user", paramLabel = "U", description = "the shopper (without it: an anonymous visit)")
    String user;

    @Option(names = "--model", paramLabel = "NAME", description = "the ranker (default: the newest)")
    String model;

    @Option(names = "--slots", paramLabel = "P,P", split = ",", description = "sponsored positions of the list "
            + "(default 1,4)")
    List<Integer> slots = AdAuctions.SLOTS;

    @Option(names = "--bid", paramLabel = "CAMPAIGN=X", description = "what-if: this campaign bids X (in the shop's "
            + "currency) on each of its products")
    Map<String, Double> bids = new LinkedHashMap<>();

    @Mixin
    AuctionOptions auction;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        Map<String, Long> cents = new LinkedHashMap<>();
        bids.forEach((campaign, bid) -> {
            if (!(bid >= 0.01)) {
                throw new MerchLabException("--bid " + campaign + "=" + bid + ": a bid is at least 0.01");
            }
            cents.put(campaign, Math.round(bid * 100));
        });
        Workspace ws = workspace.open();
        try (ShopData data = services.data(ws); AdAuctions ads = services.ads(data)) {
            for (String campaign : cents.keySet()) {
                if (ads.campaigns().stream().noneMatch(c -> c.id().equals(campaign))) {
                    throw new MerchLabException("--bid " + campaign + ": no such campaign in the workspace");
                }
            }
            AdAuctions.Decision d = ads.auction(new AdAuctions.Visit(query, user, System.currentTimeMillis(), slots),
                    model, auction.rules(), cents);
            if (json) {
                Json.print(document(d, data.catalog()));
                return;
            }
            print(d, data.catalog());
        }
    }

    private static void print(AdAuctions.Decision d, ShopCatalog catalog) {
        System.out.printf(Locale.ROOT, "%s with %s (pCTR calibrated: %s); %d ads competed%n",
                d.request().isSearch() ? "search \"" + OneLine.of(d.request().query()) + "\"" : "recommendations",
                d.model(), d.calibration().method(), d.result().ranking().size());
        if (d.result().awards().isEmpty()) {
            System.out.println("no ad won a slot: no campaign targets this visit at or above the reserve");
        }
        for (SlotAward a : d.result().awards()) {
            RankedAd w = a.winner();
            System.out.printf(Locale.ROOT, "slot %d: %s %s (campaign %s, %s)%n", a.position(), w.productId(),
                    OneLine.of(title(catalog, w.productId())), OneLine.of(w.campaignId()),
                    OneLine.of(String.valueOf(w.ad().campaign().advertiser())));
            System.out.println("  " + OneLine.of(a.explanation()));
            d.why().getOrDefault(w.productId(), Map.of()).forEach((group, share) ->
                    System.out.printf(Locale.ROOT, "    %-22s %+.4f%n", group, share));
        }
    }

    private static String title(ShopCatalog catalog, String productId) {
        int p = catalog.indexOf(productId);
        return p < 0 ? "" : catalog.title(p);
    }

    private static Map<String, Object> document(AdAuctions.Decision d, ShopCatalog catalog) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", d.model());
        doc.put("calibration", d.calibration().method());
        doc.put("query", d.request().query());
        doc.put("user", d.request().shopperId());
        doc.put("organic", d.request().organicProducts());
        List<Map<String, Object>> awards = new ArrayList<>();
        for (SlotAward a : d.result().awards()) {
            Map<String, Object> row = ad(a.winner(), d, catalog);
            row.put("slot", a.position());
            row.put("pricePaid", a.priceCents() / 100.0);
            row.put("runnerUp", a.runnerUp() == null ? null : a.runnerUp().productId());
            row.put("reason", a.explanation());
            row.put("attributions", d.why().getOrDefault(a.winner().productId(), Map.of()));
            awards.add(row);
        }
        doc.put("awards", awards);
        doc.put("ranking", d.result().ranking().stream().map(r -> ad(r, d, catalog)).toList());
        return doc;
    }

    private static Map<String, Object> ad(RankedAd r, AdAuctions.Decision d, ShopCatalog catalog) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("productId", r.productId());
        row.put("title", title(catalog, r.productId()));
        row.put("campaign", r.campaignId());
        row.put("advertiser", r.ad().campaign().advertiser());
        row.put("bid", r.bidCents() / 100.0);
        row.put("pctr", r.click().probability());
        row.put("pctrUncalibrated", d.raw().get(r.productId()));
        row.put("relevance", r.relevance());
        row.put("ecpm", r.ecpmPerThousand());
        return row;
    }
}
