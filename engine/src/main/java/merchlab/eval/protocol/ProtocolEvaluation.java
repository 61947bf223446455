package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.InteractionLog;
import merchlab.eval.stats.PairedComparison;
import merchlab.features.ShopData;
import merchlab.features.SplitBehaviour;
import merchlab.model.DataWindow;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;

/**
 * Runs a ranking protocol ({@code leave-last-out}, {@code random-80-10-10}) on a workspace: every baseline variant, and
 * every trainable kind that has a saved model (or the kind of one named model), is trained afresh on the protocol's
 * training interactions, handed to it directly as a {@link SplitBehaviour}, and ranks the whole catalog for the test
 * shoppers with
 * {@link FullRankingEvaluation}. A saved model cannot be scored as it is, because it learned from the held-out
 * interactions. Results are stored under the protocol's name.
 */
public final class ProtocolEvaluation {
    /** The stored figure that counts the shoppers a protocol tested on. */
    public static final String TEST_SHOPPERS = "test_shoppers";
    private final Workspace workspace;
    private final ModelKinds kinds;
    private final EvaluationStore results;

    public ProtocolEvaluation(Workspace workspace, ModelKinds kinds, EvaluationStore results) {
        this.workspace = workspace;
        this.kinds = kinds;
        this.results = results;
    }

    /**
     * One model's figures; {@code skipped} says why a kind could not be trained on the protocol's data.
     *
     * @param recipe          the saved model whose kind, options and training settings were retrained, or null for
     *                        a baseline
     * @param trainingSeconds wall-clock seconds spent training on the protocol's training interactions
     * @param rankingSeconds  wall-clock seconds spent ranking the catalog for the test shoppers
     * @param versusModel     the strongest baseline a trained model is compared with, null for a baseline
     * @param versus          NDCG@10 against that baseline, shopper by shopper, null for a baseline
     * @param ndcgPerShopper  NDCG@10 of each test shopper, in the split's order (empty when skipped)
     */
    public record Result(String model, String kind, Map<String, Double> metrics, String skipped, String recipe,
                         double trainingSeconds, double rankingSeconds, String versusModel, PairedComparison versus,
                         double[] ndcgPerShopper) {
        Result versus(Result baseline) {
            return new Result(model, kind, metrics, skipped, recipe, trainingSeconds, rankingSeconds, baseline.model(),
                    PairedComparison.of(ndcgPerShopper, baseline.ndcgPerShopper()), ndcgPerShopper);
        }
    }

    /** The whole evaluation. */
    public record Report(String protocol, String history, int testShoppers, int products, List<Result> results,
                         double seconds) {
    }

    /** The protocol of a command-line name, with the shopper's history left out of the ranking. */
    public static EvaluationProtocol protocol(String name, long seed) {
        return protocol(name, seed, HistoryRule.EXCLUDE);
    }

    /** The protocol of a command-line name under a history rule. */
    public static EvaluationProtocol protocol(String name, long seed, HistoryRule history) {
        return switch (name) {
            case LeaveLastOut.NAME -> new LeaveLastOut(history);
            case RandomSplit.NAME -> new RandomSplit(seed, history);
            default -> throw new MerchLabException("unknown ranking protocol '" + name + "': use "
                    + LeaveLastOut.NAME + " or " + RandomSplit.NAME);
        };
    }

    /**
     * Options each kind trains with under {@code protocol}: the sequence recommender predicts held-out products
     * ({@code objective=masked}) under protocols that ignore time, and the next product otherwise.
     */
    public static Map<String, Map<String, String>> defaultOptions(EvaluationProtocol protocol) {
        String objective = protocol instanceof RandomSplit || protocol instanceof ColdStartSplit ? "masked" : "next";
        return Map.of("sequence", Map.of("objective", objective));
    }

    /**
     * Evaluates {@code onlyModel} (or the newest saved model of every trainable kind when null) beside all baselines.
     * Each saved model is retrained with its own options (see {@link ModelTraining#options}) over the protocol's
     * defaults, with early stopping on the protocol's validation cases where its kind supports that.
     *
     * @param settings the training settings for every model, or null to retrain each saved model with the settings
     *                 it was trained with (baselines then get {@link TrainingSettings#defaults()})
     */
    public Report run(EvaluationProtocol protocol, String onlyModel, TrainingSettings settings,
                      TrainingListener listener, CancelToken cancel) {
        long started = System.nanoTime();
        try (ShopData shop = new ShopData(workspace, null)) {
            return run(shop, protocol, onlyModel, settings, listener, cancel, started);
        }
    }

    private Report run(ShopData shop, EvaluationProtocol protocol, String onlyModel, TrainingSettings settings,
                       TrainingListener listener, CancelToken cancel, long started) {
        ProtocolSplit split = protocol.split(shop.behaviour().interactions());
        if (split.test().isEmpty()) {
            throw new MerchLabException("the " + protocol.name() + " protocol finds no shopper to test: shoppers need"
                    + " at least two engagements");
        }
        Map<String, SavedModel> trained = new LinkedHashMap<>();
        ModelStore store = new ModelStore(workspace);
        if (onlyModel != null) {
            SavedModel m = store.load(onlyModel);
            if (!kinds.get(m.kind()).isBaseline()) {
                trained.put(m.kind(), m);
            }
        } else {
            store.list().stream().filter(m -> kinds.names().contains(m.kind()))
                    .filter(m -> !kinds.get(m.kind()).isBaseline()).forEach(m -> trained.putIfAbsent(m.kind(), m));
        }
        Map<String, Map<String, String>> options = defaultOptions(protocol);
        List<Result> out = new ArrayList<>();
        int products;
        try (ShopData data = shop.withBehaviour(new SplitBehaviour(workspace, shop::catalog, split.training()))) {
            FullRankingEvaluation evaluation = new FullRankingEvaluation(data.catalog().ids());
            products = data.catalog().size();
            for (SavedModel recipe : trained.values()) {
                Map<String, String> recipeOptions = new LinkedHashMap<>(options.getOrDefault(recipe.kind(), Map.of()));
                recipeOptions.putAll(ModelTraining.options(recipe));
                TrainingSettings recipeSettings = settings != null ? settings
                        : TrainingSettings.fromMap(recipe.settings(), TrainingSettings.defaults());
                out.add(evaluate(kinds.get(recipe.kind()), recipe.name(), recipe.name(), recipeOptions,
                        recipeSettings, data, evaluation, split, listener, cancel));
            }
            TrainingSettings baselineSettings = settings != null ? settings : TrainingSettings.defaults();
            for (ModelKind kind : kinds.baselines()) {
                for (Map<String, String> variant : kind.baselineVariants()) {
                    out.add(evaluate(kind, kind.baseName(variant), null, variant, baselineSettings, data,
                            evaluation, split, listener, cancel));
                }
            }
        }
        out = compared(out);
        for (Result r : out) {
            if (r.skipped() == null) {
                Map<String, Double> stored = new LinkedHashMap<>(r.metrics());
                stored.put(TEST_SHOPPERS, (double) split.test().size());
                results.save(r.model(), r.kind(), protocol.name(), PairedComparison.stored(stored, r.versus()));
            }
        }
        return new Report(protocol.name(), protocol.history().word(), split.test().size(), products, out,
                (System.nanoTime() - started) / 1e9);
    }

    private Result evaluate(ModelKind kind, String name, String recipe, Map<String, String> options,
                            TrainingSettings settings, ShopData data, FullRankingEvaluation evaluation,
                            ProtocolSplit split, TrainingListener listener, CancelToken cancel) {
        if (kind.fullRankingSkip().isPresent()) {
            return new Result(name, kind.name(), Map.of(), kind.fullRankingSkip().get(), recipe, 0, 0, null, null,
                    new double[0]);
        }
        listener.message("training " + name + " on the " + split.protocol() + " training interactions"
                + (options.isEmpty() ? "" : " with " + options));
        long started = System.nanoTime();
        SavedModel model;
        try {
            model = kind.train(new TrainingJob(data, name, null, settings, DataWindow.all(), options, null, false),
                    split.validation(), listener, cancel);
        } catch (MerchLabException e) {
            return new Result(name, kind.name(), Map.of(), e.getMessage(), recipe, 0, 0, null, null, new double[0]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        listener.message("ranking the catalog for " + split.test().size() + " test shoppers with " + name);
        long ranking = System.nanoTime();
        try (Recommender r = kind.open(model, data)) {
            FullRankingEvaluation.Measured measured = evaluation.measure(r, split.test(), cancel);
            return new Result(name, kind.name(), new LinkedHashMap<>(measured.metrics()), null, recipe, seconds,
                    (System.nanoTime() - ranking) / 1e9, null, null, measured.ndcgPerCase());
        }
    }

    /** Each trained model compared with the baseline of highest NDCG@10 on the same test shoppers. */
    private List<Result> compared(List<Result> results) {
        Result strongest = results.stream().filter(r -> r.skipped() == null && kinds.get(r.kind()).isBaseline())
                .max(java.util.Comparator.comparingDouble(r -> r.metrics().getOrDefault("ndcg@10", 0.0)))
                .orElse(null);
        if (strongest == null) {
            return results;
        }
        return results.stream().map(r -> r.skipped() != null || kinds.get(r.kind()).isBaseline() ? r
                : r.versus(strongest)).toList();
    }
}
