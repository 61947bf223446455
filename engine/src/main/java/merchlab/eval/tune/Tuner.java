package merchlab.eval.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.behaviour.RankingCase;
import merchlab.eval.protocol.ProtocolEvaluation;
import merchlab.eval.protocol.ProtocolSplit;
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
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.store.TuningStore;
import merchlab.workspace.Workspace;

/**
 * Random search over a model kind's settings ({@link SearchSpace}) on a protocol's validation shoppers, with weak
 * settings stopped early by successive halving: every drawn setting trains briefly, the best third trains again for
 * longer, and so on up to the full training. The kind's defaults train fully first, as the reference. Every trial is
 * judged by the full-ranking path of evaluation ({@link FullRankingEvaluation}) and stored ({@link TuningStore}); the
 * best full training is saved as a new model version linked to its family, and compared with the strongest baseline
 * tuned on the same validation shoppers. The test shoppers are never looked at.
 */
public final class Tuner {
    private static final int HALVING = 3;
    /**
     * The epochs a full training is taken to have when the settings leave them to the model (which then stops early
     * on its own): the rounds before the last train their shares of this.
     */
    static final int FULL_EPOCHS = 10;

    /** Hears a tuning run: each trial as it ends, besides the training progress of the one running. */
    public interface Listener extends TrainingListener {
        default void trial(Trial trial) {
        }
    }

    private final Workspace workspace;
    private final ModelKinds kinds;

    public Tuner(Workspace workspace, ModelKinds kinds) {
        this.workspace = workspace;
        this.kinds = kinds;
    }

    /** Runs the search until it is done, the budget is spent or {@code cancel} is cancelled. */
    public TuningReport run(TuningRequest request, Listener listener, CancelToken cancel) {
        ModelKind kind = kinds.get(request.kind());
        kind.fullRankingSkip().ifPresent(reason -> {
            throw new MerchLabException("tune ranks the whole catalog for validation shoppers, and " + reason);
        });
        SearchSpace space = SearchSpace.of(kind.name());
        long started = System.nanoTime();
        long deadline = started + request.budget().toNanos();
        CancelToken budget = new CancelToken();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tune-budget");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleAtFixedRate(() -> {
            if (cancel.isCancelled() || System.nanoTime() > deadline) {
                budget.cancel();
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        try (ShopData shop = new ShopData(workspace, null)) {
            ProtocolSplit split = request.protocol().split(shop.behaviour().interactions());
            if (split.validation().isEmpty()) {
                throw new MerchLabException("the " + request.protocol().name() + " protocol finds no validation"
                        + " shopper to tune on: shoppers need at least three engagements");
            }
            try (ShopData data = shop.withBehaviour(new SplitBehaviour(workspace, shop::catalog, split.training()))) {
                Search search = new Search(request, kind, space, data, split.validation(), listener, budget, cancel);
                return search.run(started);
            }
        } finally {
            clock.shutdownNow();
        }
    }

    /** One run's state: the trials so far and the models of the full trainings. */
    private final class Search {
        private final TuningRequest request;
        private final ModelKind kind;
        private final SearchSpace space;
        private final ShopData data;
        private final List<RankingCase> validation;
        private final Listener listener;
        private final CancelToken budget;
        private final CancelToken user;
        private final FullRankingEvaluation evaluation;
        private final TuningStore store = new TuningStore(workspace);
        private final List<Trial> trials = new ArrayList<>();
        private final Map<Integer, SavedModel> fullModels = new LinkedHashMap<>();
        private long run;

        Search(TuningRequest request, ModelKind kind, SearchSpace space, ShopData data, List<RankingCase> validation,
               Listener listener, CancelToken budget, CancelToken user) {
            this.request = request;
            this.kind = kind;
            this.space = space;
            this.data = data;
            this.validation = validation;
            this.listener = listener;
            this.budget = budget;
            this.user = user;
            this.evaluation = new FullRankingEvaluation(data.catalog().ids());
        }

        TuningReport run(long started) {
            run = store.start(kind.name(), request.protocol().name(), request.budget().toSeconds(), request.seed());
            Baselines baselines = baselines();
            Map<String, String> protocolOptions = ProtocolEvaluation.defaultOptions(request.protocol())
                    .getOrDefault(kind.name(), Map.of());
            Random random = new Random(request.seed());
            List<Map<String, String>> configs = new ArrayList<>();
            configs.add(Map.of());
            for (int c = 1; c < request.configs(); c++) {
                configs.add(space.draw(random));
            }
            int rounds = space.epochs() ? rounds(configs.size() - 1) : 1;
            Trial defaults = trial(0, rounds - 1, configs.get(0), protocolOptions, true, rounds);
            List<Integer> alive = new ArrayList<>();
            for (int c = 1; c < configs.size(); c++) {
                alive.add(c);
            }
            for (int round = 0; round < rounds && !alive.isEmpty() && !budget.isCancelled(); round++) {
                boolean full = round == rounds - 1;
                List<Trial> ran = new ArrayList<>();
                for (int c : alive) {
                    if (budget.isCancelled()) {
                        break;
                    }
                    ran.add(trial(c, round, configs.get(c), protocolOptions, full, rounds));
                }
                alive = ran.stream().filter(Trial::finished).sorted(Comparator.comparingDouble(Trial::ndcg).reversed())
                        .limit((ran.size() + HALVING - 1) / HALVING).map(Trial::config).toList();
            }
            Trial best = trials.stream().filter(t -> t.finished() && fullModels.containsKey(t.trial()))
                    .max(Comparator.comparingDouble(Trial::ndcg).thenComparing(t -> -t.trial())).orElse(null);
            String bestModel = best == null ? null : save(best);
            String recommended = bestModel;
            if (best != null && baselines.strongest() != null
                    && !(best.ndcg() > baselines.metrics().get(baselines.strongest()).get("ndcg@10"))) {
                recommended = saveBaseline(baselines);
            }
            if (recommended != null) {
                new ModelStore(workspace).recommend(recommended);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            TuningReport report = new TuningReport(run, kind.name(), request.protocol().name(), validation.size(),
                    trials, best, defaults.finished() ? defaults : null, baselines.metrics(), baselines.strongest(),
                    bestModel, recommended, budget.isCancelled(), rounds - 1, seconds, request.budget().toSeconds());
            store.finish(run, seconds, best == null ? null : best.trial(), bestModel, report.baseline(),
                    report.baselineNdcg(), recommended, report.verdict());
            return report;
        }

        /** Rounds of successive halving for {@code n} drawn settings: one more each time a third of them is left. */
        private int rounds(int n) {
            int r = 1;
            for (int left = n; left >= HALVING; left = (left + HALVING - 1) / HALVING) {
                r++;
            }
            return r;
        }

        private Trial trial(int config, int round, Map<String, String> drawn, Map<String, String> protocolOptions,
                            boolean full, int rounds) {
            Map<String, String> options = new LinkedHashMap<>(protocolOptions);
            TrainingSettings s = request.settings();
            for (Map.Entry<String, String> e : drawn.entrySet()) {
                switch (e.getKey()) {
                    case SearchSpace.LEARNING_RATE -> s = s.withLearningRate(Double.parseDouble(e.getValue()));
                    case SearchSpace.BATCH_SIZE -> s = s.withBatchSize(Integer.parseInt(e.getValue()));
                    default -> options.put(e.getKey(), e.getValue());
                }
            }
            if (!full) {
                options.putAll(space.early());
                s = s.withEpochs(epochs(round, rounds));
            }
            int index = trials.size();
            listener.message("trial " + index + ": setting " + config + (full ? ", full training" : ", round " + round
                    + " of " + rounds + ", " + s.epochs() + " epochs") + " " + options
                    + (space.epochs() ? ", learning rate " + s.learningRate() + ", batch size " + s.batchSize() : ""));
            long t0 = System.nanoTime();
            Trial t;
            try {
                SavedModel m = kind.train(new TrainingJob(data, kind.baseName(options), null, s, DataWindow.all(),
                        options, null, false), validation, listener, budget);
                Map<String, Double> metrics;
                try (Recommender r = kind.open(m, data)) {
                    metrics = evaluation.evaluate(r, validation, budget);
                }
                t = new Trial(index, config, round, options, s, Trial.FINISHED, metrics, since(t0), null);
                if (full) {
                    fullModels.put(index, ModelTraining.withOptions(m, options));
                }
            } catch (CancelledException e) {
                t = new Trial(index, config, round, options, s, Trial.STOPPED, Map.of(), since(t0),
                        user.isCancelled() ? "stopped by the user" : "the budget ran out");
            } catch (RuntimeException e) {
                t = new Trial(index, config, round, options, s, Trial.FAILED, Map.of(), since(t0), e.getMessage());
            }
            trials.add(t);
            store.save(run, t.stored());
            listener.trial(t);
            return t;
        }

        /** Epochs of a round before the last: the full training's share, a third for each round still to come. */
        private int epochs(int round, int rounds) {
            double share = Math.pow(HALVING, rounds - 1 - round);
            int full = request.settings().epochs() == TrainingSettings.AUTOMATIC ? FULL_EPOCHS
                    : request.settings().epochs();
            return Math.max(1, (int) Math.ceil(full / share));
        }

        private static double since(long t0) {
            return (System.nanoTime() - t0) / 1e9;
        }

        /** Every baseline variant, each tuned on the validation shoppers as evaluation tunes it. */
        private Baselines baselines() {
            Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
            Map<String, SavedModel> models = new LinkedHashMap<>();
            for (ModelKind b : kinds.baselines()) {
                for (Map<String, String> variant : b.baselineVariants()) {
                    String name = b.baseName(variant);
                    if (budget.isCancelled()) {
                        return new Baselines(metrics, models);
                    }
                    listener.message("baseline " + name + ", tuned on " + validation.size() + " validation shoppers");
                    try {
                        SavedModel m = b.train(new TrainingJob(data, name, null, TrainingSettings.defaults(),
                                DataWindow.all(), variant, null, false), validation, listener, budget);
                        try (Recommender r = b.open(m, data)) {
                            metrics.put(name, evaluation.evaluate(r, validation, budget));
                        }
                        models.put(name, ModelTraining.withOptions(m, variant));
                    } catch (CancelledException e) {
                        return new Baselines(metrics, models);
                    } catch (MerchLabException e) {
                        listener.message("baseline " + name + " left out: " + e.getMessage());
                    }
                }
            }
            return new Baselines(metrics, models);
        }

        private String save(Trial best) {
            SavedModel m = fullModels.get(best.trial());
            ModelStore models = new ModelStore(workspace);
            String base = kind.baseName(best.options());
            Map<String, Object> settings = new LinkedHashMap<>(m.settings());
            Map<String, Object> tuning = new LinkedHashMap<>();
            tuning.put("run", run);
            tuning.put("trial", best.trial());
            tuning.put("protocol", request.protocol().name());
            tuning.put("validation_ndcg@10", best.ndcg());
            settings.put("tuning", tuning);
            SavedModel saved = new SavedModel(models.freeName(base), m.kind(), settings, m.featureSchema(),
                    m.metrics(), ModelTraining.newestOfFamily(models, kind.name(), base), m.dataFrom(), m.dataTo(),
                    m.device(), System.currentTimeMillis(), "tune run " + run + ", trial " + best.trial(),
                    m.parameters());
            models.save(saved);
            return saved.name();
        }

        private String saveBaseline(Baselines baselines) {
            SavedModel m = baselines.models().get(baselines.strongest());
            ModelStore models = new ModelStore(workspace);
            SavedModel saved = new SavedModel(models.freeName(m.name()), m.kind(), m.settings(), m.featureSchema(),
                    m.metrics(), ModelTraining.newestOfFamily(models, m.kind(), m.name()), m.dataFrom(), m.dataTo(),
                    m.device(), System.currentTimeMillis(), "strongest baseline of tune run " + run, m.parameters());
            models.save(saved);
            return saved.name();
        }
    }

    /** The baselines' validation metrics and models, by name. */
    private record Baselines(Map<String, Map<String, Double>> metrics, Map<String, SavedModel> models) {
        String strongest() {
            return metrics.entrySet().stream().max(Comparator.comparingDouble(e -> e.getValue().getOrDefault(
                    "ndcg@10", 0.0))).map(Map.Entry::getKey).orElse(null);
        }
    }
}
