package merchlab.model.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.RankingCase;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.store.SavedModel;

/** The {@code popularity} baseline; option {@code scope=overall|category} (models {@code popularity}, {@code popularity-category}). */
public final class PopularityKind implements ModelKind {
    public static final String NAME = "popularity";
    static final double HALF_LIFE_DAYS = 14;
    /** Half-lives tried on validation, in days, the default first: ties keep it. */
    private static final double[] HALF_LIVES = {HALF_LIFE_DAYS, Double.POSITIVE_INFINITY, 90, 28, 7, 1};

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
        return train(job, List.of(), listener, cancel);
    }

    /**
     * Counts the job's window. Given validation cases, the half-life is chosen on them by NDCG@10 (14 days, no decay,
     * 90, 28, 7 or 1 day; the first of equals), on at most 5,000 seeded cases; option {@code half-life} (days, or
     * {@code none}) fixes it.
     */
    @Override
    public SavedModel train(TrainingJob job, List<RankingCase> validation, TrainingListener listener,
                            CancelToken cancel) {
        ShopData data = job.data();
        EventLog log = data.behaviour().events(job.window().from(), job.window().to());
        cancel.check();
        String scope = scope(job.options());
        double[] halfLives = job.options().containsKey("half-life") ? new double[] {halfLife(job.options())}
                : validation.isEmpty() ? new double[] {HALF_LIFE_DAYS} : HALF_LIVES;
        List<RankingCase> cases = sample(validation);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Float> counts = null;
        double chosen = halfLives[0];
        double best = Double.NEGATIVE_INFINITY;
        for (double h : halfLives) {
            Map<String, Float> c = ProductCounts.count(log, data.catalog(), h);
            if (halfLives.length == 1) {
                counts = c;
                break;
            }
            double ndcg = new FullRankingEvaluation(data.catalog().ids(), 10).evaluate(
                    new PopularityModel("validation", scope.equals("category"), data.catalog(), c), cases, cancel)
                    .get("ndcg@10");
            listener.message(String.format(Locale.ROOT, "popularity half-life %s: validation NDCG@10 %.4f",
                    Double.isInfinite(h) ? "none" : h + " days", ndcg));
            if (ndcg > best) {
                best = ndcg;
                counts = c;
                chosen = h;
            }
        }
        if (counts.isEmpty()) {
            throw new MerchLabException("the training logs have no clicks, carts or purchases of catalog products");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("scope", scope);
        settings.put("halfLifeDays", Double.isInfinite(chosen) ? "none" : chosen);
        metrics.put("products_with_engagements", (double) counts.size());
        if (halfLives.length > 1) {
            metrics.put("validation_ndcg@10", best);
        }
        return new SavedModel(job.modelName(), NAME, settings, null, metrics, job.parent(), log.firstTimestamp(),
                log.lastTimestamp(), "cpu", System.currentTimeMillis(), null, ProductCounts.write(counts));
    }

    private static double halfLife(Map<String, String> options) {
        String v = options.get("half-life").strip();
        try {
            return v.equalsIgnoreCase("none") ? Double.POSITIVE_INFINITY : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new MerchLabException("popularity half-life must be a number of days or none, not '" + v + "'");
        }
    }

    private static List<RankingCase> sample(List<RankingCase> validation) {
        List<RankingCase> cases = new ArrayList<>(validation);
        if (cases.size() > 5000) {
            Collections.shuffle(cases, new Random(42));
            cases = cases.subList(0, 5000);
        }
        return cases;
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        boolean perCategory = "category".equals(model.settings().get("scope"));
        return new PopularityModel(model.name(), perCategory, data.catalog(), ProductCounts.read(model.parameters()));
    }
}
