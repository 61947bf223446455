package merchlab.model.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;

/** The {@code popularity} baseline; option {@code scope=overall|category} (models {@code popularity}, {@code popularity-category}). */
public final class PopularityKind implements ModelKind {
    public static final String NAME = "popularity";
    static final double HALF_LIFE_DAYS = 14;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "most engaged products in the training window, overall or within the shopper's categories";
    }

    @Override
    public boolean isBaseline() {
        return true;
    }

    @Override
    public java.util.List<Map<String, String>> baselineVariants() {
        return java.util.List.of(Map.of("scope", "overall"), Map.of("scope", "category"));
    }

    @Override
    public String baseName(Map<String, String> options) {
        return scope(options).equals("category") ? NAME + "-category" : NAME;
    }

    private static String scope(Map<String, String> options) {
        String s = options.getOrDefault("scope", "overall").strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("overall") && !s.equals("category")) {
            throw new MerchLabException("popularity scope must be overall or category, not '" + s + "'");
        }
        return s;
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        ShopData data = job.data();
        EventLog log = data.events(job.window().from(), job.window().to());
        cancel.check();
        Map<String, Float> counts = ProductCounts.count(log, data.catalog(), HALF_LIFE_DAYS);
        if (counts.isEmpty()) {
            throw new MerchLabException("the training logs have no clicks, carts or purchases of catalog products");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("scope", scope(job.options()));
        settings.put("halfLifeDays", HALF_LIFE_DAYS);
        Map<String, Double> metrics = Map.of("products_with_engagements", (double) counts.size());
        return new SavedModel(job.modelName(), NAME, settings, null, metrics, job.parent(), log.firstTimestamp(),
                log.lastTimestamp(), "cpu", System.currentTimeMillis(), null, ProductCounts.write(counts));
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        boolean perCategory = "category".equals(model.settings().get("scope"));
        return new PopularityModel(model.name(), perCategory, data.catalog(), ProductCounts.read(model.parameters()));
    }
}
