package merchlab.sample.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.sample.Lang;
import merchlab.sample.ShopConfig;
import merchlab.sample.catalog.ContextEffect;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.TopCategory;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.click.ClickModel;
import merchlab.sample.click.ClickWeights;
import merchlab.sample.click.PurchaseModel;
import merchlab.sample.query.Relevance;
import merchlab.sample.session.BehaviourSummary;

/** Writes {@code truth.json}: the click model's parameters, the shop's config and its behaviour summary. */
public final class TruthFile {
    private static final int CURVE = 12;

    private TruthFile() {
    }

    public static void write(Path file, ShopConfig config, Vocabulary vocabulary, ClickModel model,
                             BehaviourSummary summary, Map<String, Long> counts) {
        write(file, config, vocabulary, model, summary, counts, null);
    }

    /**
     * @param ads the ads section of a shop with ads (slots, policy, figures), null for a shop without: then the file
     *            is exactly as before ads existed
     */
    public static void write(Path file, ShopConfig config, Vocabulary vocabulary, ClickModel model,
                             BehaviourSummary summary, Map<String, Long> counts, Map<String, Object> ads) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generator", "merchlab-sample-data 1");
        root.put("seed", config.seed());
        root.put("size", config.size().code());
        root.put("lang", config.language().code());
        root.put("products", config.products());
        root.put("users", config.users());
        root.put("days", config.days());
        root.put("start", ShopConfig.START_DATE + "T00:00:00Z");
        root.put("clickModel", clickModel(model, vocabulary));
        Map<String, String> purchase = new LinkedHashMap<>();
        purchase.put("dwell_ms", "9000 * exp(0.9 relevance_score + 0.25 quality + 0.3 category_affinity"
                + " + 0.6 N(0,1)), within 1000-600000");
        purchase.put("p_cart_given_click", "sigmoid(" + PurchaseModel.CART_B0 + " + 1.3 relevance_score"
                + " + 0.35 quality + 0.6 favourite_brand - sensitivity ln(price/median)); 0 when out_of_stock");
        purchase.put("p_purchase_given_cart", "sigmoid(" + PurchaseModel.PURCHASE_B0
                + " + 0.3 quality - sensitivity ln(price/median))");
        root.put("purchaseModel", purchase);
        Map<String, Object> medians = new LinkedHashMap<>();
        for (LeafCategory leaf : vocabulary.leaves()) {
            for (Lang lang : Lang.values()) {
                medians.put(vocabulary.path(leaf.index(), lang), vocabulary.medianPrice(leaf.index(), lang));
            }
        }
        root.put("categoryMedianPrices", medians);
        Map<String, Object> totals = new LinkedHashMap<>(counts);
        totals.put("eventsByType", summary.eventsByType());
        root.put("counts", totals);
        Map<String, Object> oracle = new LinkedHashMap<>();
        oracle.put("auc", summary.oracleAuc());
        oracle.put("meanTrueClickProbability", summary.meanTrueClickProbability());
        oracle.put("ctr", summary.clickThroughRate());
        oracle.put("ctrByPosition", summary.ctrByPosition(10));
        oracle.put("meanTrueClickProbabilityByPosition", summary.meanProbabilityByPosition(10));
        root.put("oracle", oracle);
        if (ads != null) {
            root.put("ads", ads);
        }
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> clickModel(ClickModel model, Vocabulary vocabulary) {
        ClickWeights w = model.weights();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formula", "P(click) = examine(position) * sigmoid(b0 + relevance + category_affinity + brand_affinity"
                + " + price_fit + quality + context)");
        m.put("b0", w.b0());
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("relevance", w.relevance());
        weights.put("recommendation_relevance_share", w.recommendationRelevance());
        weights.put("category_affinity", w.categoryAffinity());
        weights.put("brand_affinity", w.brandAffinity());
        weights.put("price_fit", w.priceFit());
        weights.put("quality", w.quality());
        weights.put("context", w.context());
        m.put("weights", weights);
        Map<String, String> drivers = new LinkedHashMap<>();
        drivers.put("relevance", "weight * relevance score of the product for the query (search) or share * score for"
                + " the session's unspoken category (recommendation)");
        drivers.put("category_affinity", "weight * (0.6 * shopper's preference for the top category (favourite = 1)"
                + " + 0.4 if the leaf category is a favourite)");
        drivers.put("brand_affinity", "weight if the brand is one of the shopper's favourites, else 0");
        drivers.put("price_fit", "-weight * shopper price sensitivity * ln(price / category median price)");
        drivers.put("quality", "weight * product latent quality");
        drivers.put("context", "weight * (device effect + hour effect + weekend effect) of the product's top category");
        drivers.put("position_bias", "ln(examine(position)), multiplies the probability");
        m.put("drivers", drivers);
        Map<String, Object> relevance = new LinkedHashMap<>();
        relevance.put("exact", Relevance.EXACT);
        relevance.put("same_category_one_attribute_missed", Relevance.ONE_MISS);
        relevance.put("same_category_more_missed", Relevance.MANY_MISSES);
        relevance.put("sibling_category", Relevance.SIBLING);
        relevance.put("complement_category", Relevance.COMPLEMENT);
        relevance.put("other", 0.0);
        m.put("relevanceScores", relevance);
        List<Double> curve = new ArrayList<>();
        for (int p = 1; p <= CURVE; p++) {
            curve.add(model.examination(p));
        }
        Map<String, Object> examination = new LinkedHashMap<>();
        examination.put("formula", "position^-eta");
        examination.put("eta", w.examinationEta());
        examination.put("curve", curve);
        m.put("examination", examination);
        Map<String, Object> context = new LinkedHashMap<>();
        for (TopCategory top : vocabulary.tops()) {
            ContextEffect c = top.context();
            Map<String, Double> effect = new LinkedHashMap<>();
            effect.put("mobile", c.mobile());
            effect.put("desktop", c.desktop());
            effect.put("tablet", c.tablet());
            effect.put("morning_6_10", c.morning());
            effect.put("daytime_11_16", c.daytime());
            effect.put("evening_17_22", c.evening());
            effect.put("night_23_5", c.night());
            effect.put("weekend", c.weekend());
            context.put(top.key(), effect);
        }
        m.put("contextEffects", context);
        return m;
    }
}
