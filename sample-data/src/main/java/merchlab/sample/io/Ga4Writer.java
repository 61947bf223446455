package merchlab.sample.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import merchlab.behaviour.EventType;
import merchlab.csv.Decimals;
import merchlab.sample.Lang;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.ProductText;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.session.EventSink;
import merchlab.sample.session.ShopEvent;
import merchlab.sample.session.SponsoredAd;
import merchlab.sample.shopper.Shopper;

/**
 * Writes the behaviour log as Google Analytics 4 BigQuery export rows ({@code ga4_events.jsonl}).
 *
 * <p>Mapping: search -> {@code view_search_results} (param {@code search_term}); the impressions of one request ->
 * one {@code view_item_list} whose {@code items[].index} is the position; click -> {@code select_item} (the item's
 * index, {@code engagement_time_msec} = dwell); view -> {@code view_item}; add_to_cart -> {@code add_to_cart};
 * purchase -> {@code purchase}. Every row has {@code ga_session_id} (int) and {@code request_id} (string, when the
 * event belongs to a request) in {@code event_params}, {@code user_pseudo_id} = the user id, and
 * {@code device.category}. A sponsored item (an ad in a list, or a click on one) carries GA4's item-level
 * promotion fields, {@code promotion_id} (the campaign), {@code promotion_name} (the advertiser) and
 * {@code creative_slot} ({@code sponsored_search_1}: surface and slot), and in {@code item_params} the {@code bid}
 * and, on a click, the {@code price_paid}.
 */
public final class Ga4Writer implements EventSink {
    private final JsonLinesFile file;
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final ProductText text;
    private final List<ShopEvent> list = new ArrayList<>();
    private long transactions;

    public Ga4Writer(Path ga4Jsonl, Catalog catalog) {
        this.file = new JsonLinesFile(ga4Jsonl);
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
        this.text = new ProductText(catalog);
    }

    @Override
    public void accept(ShopEvent e) {
        if (!list.isEmpty() && (e.type() != EventType.IMPRESSION || e.request() != list.get(0).request())) {
            writeList();
        }
        if (e.type() == EventType.IMPRESSION) {
            list.add(e);
            return;
        }
        try {
            switch (e.type()) {
                case SEARCH -> row(e, "view_search_results", List.of(), true);
                case CLICK -> row(e, "select_item", List.of(e), true);
                case VIEW -> row(e, "view_item", List.of(e), false);
                case ADD_TO_CART -> row(e, "add_to_cart", List.of(e), false);
                case PURCHASE -> row(e, "purchase", List.of(e), false);
                default -> throw new IllegalStateException("unexpected " + e.type());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void writeList() {
        try {
            row(list.get(0), "view_item_list", list, true);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        list.clear();
    }

    private void row(ShopEvent e, String name, List<ShopEvent> items, boolean listed) throws IOException {
        JsonGenerator g = file.json();
        g.writeStartObject();
        g.writeStringField("event_date", IsoTimes.compactDate(e.timestamp()));
        g.writeNumberField("event_timestamp", e.timestamp() * 1_000);
        g.writeStringField("event_name", name);
        g.writeArrayFieldStart("event_params");
        intParam(g, "ga_session_id", e.session());
        if (e.request() >= 0) {
            stringParam(g, "request_id", ShopEvent.requestId(e.request()));
        }
        if (listed) {
            stringParam(g, "item_list_id", ShopEvent.requestId(e.request()));
            stringParam(g, "item_list_name", e.search() ? "search results" : "recommended for you");
            if (e.query() != null) {
                stringParam(g, "search_term", e.query());
            }
        }
        if (e.dwellMillis() >= 0) {
            intParam(g, "engagement_time_msec", e.dwellMillis());
        }
        String purchaseId = null;
        if (e.type() == EventType.ADD_TO_CART || e.type() == EventType.PURCHASE) {
            stringParam(g, "currency", catalog.currency(e.product()));
            g.writeStartObject();
            g.writeStringField("key", "value");
            g.writeObjectFieldStart("value");
            g.writeFieldName("double_value");
            g.writeNumber(Decimals.price(e.priceCents() * e.quantity()));
            g.writeEndObject();
            g.writeEndObject();
            if (e.type() == EventType.PURCHASE) {
                purchaseId = "T" + (++transactions);
                stringParam(g, "transaction_id", purchaseId);
            }
        }
        g.writeEndArray();
        g.writeStringField("user_pseudo_id", Shopper.id(e.user()));
        g.writeObjectFieldStart("device");
        g.writeStringField("category", e.device().code());
        g.writeEndObject();
        if (purchaseId != null) {
            g.writeObjectFieldStart("ecommerce");
            g.writeStringField("transaction_id", purchaseId);
            g.writeFieldName("purchase_revenue");
            g.writeNumber(Decimals.price(e.priceCents() * e.quantity()));
            g.writeNumberField("total_item_quantity", e.quantity());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("items");
        for (ShopEvent item : items) {
            item(g, item);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void item(JsonGenerator g, ShopEvent e) throws IOException {
        int p = e.product();
        Lang lang = catalog.lang(p);
        LeafCategory leaf = vocabulary.leaf(catalog.leaf(p));
        g.writeStartObject();
        g.writeStringField("item_id", Catalog.id(p));
        g.writeStringField("item_name", text.title(p));
        g.writeStringField("item_brand", vocabulary.brand(catalog.brand(p)).name());
        g.writeStringField("item_category", vocabulary.tops().get(leaf.top()).name().in(lang));
        for (int level = 0; level < leaf.path().size(); level++) {
            g.writeStringField("item_category" + (level + 2), leaf.path().get(level).in(lang));
        }
        g.writeFieldName("price");
        g.writeNumber(Decimals.price(catalog.priceCents(p)));
        g.writeNumberField("quantity", Math.max(1, e.quantity()));
        if (e.position() > 0) {
            g.writeNumberField("index", e.position() - 1); // GA4 counts list positions from 0
        }
        if (e.ad() != null) {
            promotion(g, e);
        }
        g.writeEndObject();
    }

    private static void promotion(JsonGenerator g, ShopEvent e) throws IOException {
        SponsoredAd ad = e.ad();
        g.writeStringField("promotion_id", ad.campaignId());
        g.writeStringField("promotion_name", ad.advertiser());
        g.writeStringField("creative_slot", "sponsored_" + (e.search() ? "search_" : "recommendation_") + ad.slot());
        g.writeArrayFieldStart("item_params");
        doubleParam(g, "bid", ad.bidCents());
        if (e.type() == EventType.CLICK) {
            doubleParam(g, "price_paid", ad.priceCents());
        }
        g.writeEndArray();
    }

    private static void doubleParam(JsonGenerator g, String key, long cents) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeObjectFieldStart("value");
        g.writeFieldName("double_value");
        g.writeNumber(Decimals.price((int) cents));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void intParam(JsonGenerator g, String key, long value) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeObjectFieldStart("value");
        g.writeNumberField("int_value", value);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void stringParam(JsonGenerator g, String key, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeObjectFieldStart("value");
        g.writeStringField("string_value", value);
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void close() {
        if (!list.isEmpty()) {
            writeList();
        }
        file.close();
    }
}
