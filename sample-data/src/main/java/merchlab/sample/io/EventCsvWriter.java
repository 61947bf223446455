package merchlab.sample.io;

import java.nio.file.Path;
import java.util.List;
import merchlab.behaviour.EventType;
import merchlab.csv.CsvWriter;
import merchlab.csv.Decimals;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.click.ClickDrivers;
import merchlab.sample.session.EventSink;
import merchlab.sample.session.ShopEvent;
import merchlab.sample.session.SponsoredAd;
import merchlab.sample.shopper.Shopper;

/**
 * Writes {@code events.csv} (the generic behaviour log) and {@code impression_truth.csv} (each impression's planted
 * click drivers), one row per event as it arrives in time order. A shop with ads adds the columns
 * {@link #AD_COLUMNS} to events.csv (sponsored impressions and clicks: {@code sponsored} 1, the campaign, its bid,
 * and on a click the price paid) and {@code sponsored_label} (the ad label's logit effect, 0 when organic) to
 * impression_truth.csv; a shop without ads has neither.
 */
public final class EventCsvWriter implements EventSink {
    /** The events.csv header, in order. */
    public static final List<String> EVENT_COLUMNS = List.of("timestamp", "user_id", "session_id", "event_type",
            "product_id", "query", "position", "device", "dwell_ms", "price", "quantity", "request_id",
            "true_click_probability");
    /** The impression_truth.csv header, in order. */
    public static final List<String> TRUTH_COLUMNS = List.of("request_id", "product_id", "position", "relevance",
            "category_affinity", "brand_affinity", "price_fit", "quality", "context", "position_bias");
    /** The events.csv columns a shop with ads adds, in order. */
    public static final List<String> AD_COLUMNS = List.of("sponsored", "campaign_id", "bid", "price_paid");
    private static final String[] TYPE_CODES = java.util.Arrays.stream(EventType.values()).map(EventType::code)
            .toArray(String[]::new);
    private final CsvWriter events;
    private final CsvWriter truth;
    private final IsoTimes timestamps = new IsoTimes();
    private final double sponsoredLabel;

    /** A writer of a shop without ads. */
    public EventCsvWriter(Path eventsCsv, Path truthCsv) {
        this(eventsCsv, truthCsv, Double.NaN);
    }

    /**
     * @param sponsoredLabel the click model's ad label weight for a shop with ads, NaN for a shop without
     */
    public EventCsvWriter(Path eventsCsv, Path truthCsv, double sponsoredLabel) {
        this.sponsoredLabel = sponsoredLabel;
        boolean ads = !Double.isNaN(sponsoredLabel);
        events = new CsvWriter(eventsCsv, ads ? concat(EVENT_COLUMNS, AD_COLUMNS) : EVENT_COLUMNS);
        truth = new CsvWriter(truthCsv, ads ? concat(TRUTH_COLUMNS, List.of("sponsored_label")) : TRUTH_COLUMNS);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void accept(ShopEvent e) {
        String product = e.product() < 0 ? null : Catalog.id(e.product());
        String request = e.request() < 0 ? null : ShopEvent.requestId(e.request());
        events.raw(timestamps.iso(e.timestamp())).raw(Shopper.id(e.user())).raw(ShopEvent.sessionId(e.session()))
                .raw(TYPE_CODES[e.type().ordinal()]).raw(product).cell(e.query());
        optional(e.position() > 0, e.position());
        events.raw(e.device().code());
        optional(e.dwellMillis() >= 0, e.dwellMillis());
        if (e.priceCents() >= 0) {
            events.raw(Decimals.price(e.priceCents()));
        } else {
            events.empty();
        }
        optional(e.quantity() > 0, e.quantity());
        events.raw(request);
        if (e.type() == EventType.IMPRESSION) {
            events.fixed(e.trueProbability(), 9);
            writeTruth(request, product, e);
        } else {
            events.empty();
        }
        if (!Double.isNaN(sponsoredLabel)) {
            adCells(e);
        }
        events.endRow();
    }

    private void adCells(ShopEvent e) {
        SponsoredAd ad = e.ad();
        if (ad == null) {
            events.empty().empty().empty().empty();
            return;
        }
        events.raw("1").raw(ad.campaignId()).raw(Decimals.price((int) ad.bidCents()));
        if (e.type() == EventType.CLICK) {
            events.raw(Decimals.price((int) ad.priceCents()));
        } else {
            events.empty();
        }
    }

    private void optional(boolean present, long value) {
        if (present) {
            events.cell(value);
        } else {
            events.empty();
        }
    }

    private void writeTruth(String request, String product, ShopEvent e) {
        ClickDrivers d = e.drivers();
        truth.raw(request).raw(product).cell(e.position()).fixed(d.relevance(), 6).fixed(d.categoryAffinity(), 6)
                .fixed(d.brandAffinity(), 6).fixed(d.priceFit(), 6).fixed(d.quality(), 6).fixed(d.context(), 6)
                .fixed(d.positionBias(), 6);
        if (!Double.isNaN(sponsoredLabel)) {
            truth.fixed(e.ad() == null ? 0 : sponsoredLabel, 6);
        }
        truth.endRow();
    }

    @Override
    public void close() {
        events.close();
        truth.close();
    }
}
