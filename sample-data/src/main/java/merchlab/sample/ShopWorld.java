package merchlab.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import merchlab.MerchLabException;
import merchlab.sample.ads.AdSlots;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.CatalogGenerator;
import merchlab.sample.catalog.ProductText;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.click.ClickDrivers;
import merchlab.sample.click.ClickModel;
import merchlab.sample.click.ClickWeights;
import merchlab.sample.click.VisitContext;
import merchlab.sample.query.QueryIntent;
import merchlab.sample.query.Relevance;
import merchlab.sample.shopper.Device;
import merchlab.sample.shopper.Shopper;
import merchlab.sample.shopper.ShopperGenerator;

/**
 * A generated shop's hidden truth: its catalog with latent quality, its shoppers with latent interests, and the click
 * model that joins them. Rebuilt from a config or a {@code truth.json} (catalog and shoppers are deterministic), so
 * evaluation code can compute the true click probability of any product for any shopper, shown or not.
 */
public final class ShopWorld {
    private final ShopConfig config;
    private final Vocabulary vocabulary;
    private final Catalog catalog;
    private final Shopper[] shoppers;
    private final ClickModel clickModel;
    private final Relevance relevance;

    private ShopWorld(ShopConfig config, Vocabulary vocabulary, Catalog catalog, Shopper[] shoppers) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.catalog = catalog;
        this.shoppers = shoppers;
        this.clickModel = new ClickModel(ClickWeights.standard(), catalog);
        this.relevance = new Relevance(vocabulary);
    }

    /** Draws the catalog and the shoppers of a config (no behaviour). */
    public static ShopWorld build(ShopConfig config) {
        Vocabulary vocabulary = Vocabulary.standard();
        Catalog catalog = new CatalogGenerator(vocabulary).generate(config.seed(), config.products(),
                config.language());
        Shopper[] shoppers = new ShopperGenerator(vocabulary).generate(config.seed(), config.users(),
                config.language());
        return new ShopWorld(config, vocabulary, catalog, shoppers);
    }

    /** Rebuilds the world a {@code truth.json} describes (its seed, sizes, language and ad slots). */
    public static ShopWorld fromTruth(Path truthJson) {
        try {
            JsonNode root = new ObjectMapper().readTree(truthJson.toFile());
            JsonNode ads = root.path("ads");
            AdSlots slots = ads.isObject() ? new AdSlots(positions(ads.path("searchSlots")),
                    positions(ads.path("recommendationSlots"))) : AdSlots.none();
            ShopConfig config = new ShopConfig(ShopSize.parse(root.path("size").asText()),
                    root.path("products").asInt(), root.path("users").asInt(), root.path("days").asInt(),
                    root.path("seed").asLong(), ShopLanguage.parse(root.path("lang").asText()), null, slots);
            return build(config);
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + truthJson + ": " + e.getMessage(), e);
        }
    }

    private static java.util.List<Integer> positions(JsonNode list) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        list.forEach(n -> out.add(n.asInt()));
        return out;
    }

    public ShopConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Shopper[] shoppers() {
        return shoppers;
    }

    public ClickModel clickModel() {
        return clickModel;
    }

    public Relevance relevance() {
        return relevance;
    }

    public ProductText productText() {
        return new ProductText(catalog);
    }

    /** The shopper with a user id as written in the files. */
    public Shopper shopper(String userId) {
        int index = Shopper.indexOf(userId);
        if (index < 0 || index >= shoppers.length) {
            throw new MerchLabException("no shopper " + userId + " in this generated shop");
        }
        return shoppers[index];
    }

    /**
     * The planted drivers of showing a product to a shopper.
     *
     * @param intent the query's intent for a search; for a recommendation the session's unspoken intent, or null
     *               when unknown (relevance then contributes 0)
     * @param search whether the request is a search
     * @param device {@code mobile}, {@code desktop} or {@code tablet}
     */
    public ClickDrivers drivers(String userId, String productId, QueryIntent intent, boolean search, String device,
                                long epochMillis, int position) {
        int product = catalog.indexOf(productId);
        if (product < 0) {
            throw new MerchLabException("no product " + productId + " in this generated shop");
        }
        double score = intent == null ? 0 : relevance.score(intent, catalog, product);
        return clickModel.drivers(shopper(userId), product, score, search,
                VisitContext.at(Device.parse(device), epochMillis), position);
    }

    /** The true click probability of showing a product to a shopper (see {@link #drivers}). */
    public double clickProbability(String userId, String productId, QueryIntent intent, boolean search,
                                   String device, long epochMillis, int position) {
        return clickModel.probability(drivers(userId, productId, intent, search, device, epochMillis, position));
    }
}
