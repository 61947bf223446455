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
import merchlab.sample.shopper.Shopper;

/**
 * Writes {@code events.csv} (the generic behaviour log) and {@code impression_truth.csv} (each impression's planted
 * click drivers), one row per event as it arrives in time order.
 */
public final class EventCsvWriter implements EventSink {
    /** The events.csv header, in order. */
    public static final List<String> EVENT_COLUMNS = List.of("timestamp", "user_id", "session_id", "event_type",
            "product_id", "query", "position", "device", "dwell_ms", "price", "quantity", "request_id",
            "true_click_probability");
    /** The impression_truth.csv header, in order. */
    public static final List<String> TRUTH_COLUMNS = List.of("request_id", "product_id", "position", "relevance",
            "category_affinity", "brand_affinity", "price_fit", "quality", "context", "position_bias");
    private static final String[] TYPE_CODES = java.util.Arrays.stream(EventType.values()).map(EventType::code)
            .toArray(String[]::new);
    private final CsvWriter events;
    private final CsvWriter truth;
    private final IsoTimes timestamps = new IsoTimes();

    public EventCsvWriter(Path eventsCsv, Path truthCsv) {
        events = new CsvWriter(eventsCsv, EVENT_COLUMNS);
        truth = new CsvWriter(truthCsv, TRUTH_COLUMNS);
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
        events.endRow();
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
        truth.endRow();
    }

    @Override
    public void close() {
        events.close();
        truth.close();
    }
}
