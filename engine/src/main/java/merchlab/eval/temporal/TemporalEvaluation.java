package merchlab.eval.temporal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.stats.PairedComparison;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;

/**
 * Runs the temporal protocol: every saved model (or one named model) and every baseline on the test period's result
 * lists, plus the oracle of the true click probabilities on generated logs. Baselines without a saved model are
 * fitted on the training period for the occasion. Results are stored under protocol {@code temporal}.
 */
public final class TemporalEvaluation {
    public static final String PROTOCOL = "temporal";

    private final ShopData data;
    private final ModelKinds kinds;
    private final ModelStore store;
    private final EvaluationStore results;

    public TemporalEvaluation(ShopData data, ModelKinds kinds, ModelStore store, EvaluationStore results) {
        this.data = data;
        this.kinds = kinds;
        this.store = store;
        this.results = results;
    }

    /**
     * One model's figures; {@code trainedOnTestPeriod} flags a model whose training data reach past the cut-off.
     * {@code versus} compares a trained model's NDCG@10 with the strongest baseline's, list by list (null for the
     * baselines themselves), and {@code versusModel} names that baseline.
     */
    public record Result(String model, String kind, Map<String, Double> metrics, boolean trainedOnTestPeriod,
                         boolean fittedForEvaluation, String versusModel, PairedComparison versus,
                         double[] ndcgPerList) {
        Result versus(Result baseline) {
            return new Result(model, kind, metrics, trainedOnTestPeriod, fittedForEvaluation, baseline.model(),
                    PairedComparison.of(ndcgPerList, baseline.ndcgPerList()), ndcgPerList);
        }
    }

    /** The whole evaluation: the split, one result per model and the oracle (null without true probabilities). */
    public record Report(TemporalSplit split, List<Result> results, Map<String, Double> oracle, double seconds) {
    }

    /** Evaluates {@code onlyModel} (or every saved model when null) beside all baselines. */
    public Report run(TemporalSplit split, String onlyModel, TrainingListener listener, CancelToken cancel) {
        long started = System.nanoTime();
        EventLog log = data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE);
        TestLists test = TestLists.from(log, data.catalog(), split.cutoff());
        if (test.size() == 0) {
            throw new merchlab.MerchLabException("the test period (from the cut-off on) has no shown result lists: "
                    + "the temporal protocol needs impressions with request ids");
        }
        ClickEvaluation evaluation = new ClickEvaluation(test, data.catalog().size());
        List<SavedModel> models = new ArrayList<>();
        if (onlyModel != null) {
            models.add(store.load(onlyModel));
        } else {
            store.list().stream().filter(m -> kinds.names().contains(m.kind())).forEach(models::add);
        }
        List<Result> out = new ArrayList<>();
        for (SavedModel listed : models) {
            SavedModel m = listed.parameters() == null ? store.find(listed.name()).orElse(listed) : listed;
            listener.message("evaluating " + m.name());
            out.add(evaluate(m, evaluation, split, false, cancel));
        }
        for (ModelKind k : kinds.baselines()) {
            for (Map<String, String> options : k.baselineVariants()) {
                String base = k.baseName(options);
                boolean present = out.stream().anyMatch(r -> r.kind().equals(k.name()) && sameFamily(r.model(), base));
                if (!present) {
                    listener.message("fitting baseline " + base + " on the training period");
                    TrainingJob job = new TrainingJob(data, base, null, TrainingSettings.defaults(),
                            split.trainingWindow(), options, null, false);
                    out.add(evaluate(k.train(job, TrainingListener.NONE, cancel), evaluation, split, true, cancel));
                }
            }
        }
        out = compared(out);
        Map<String, Double> oracle = test.hasTruth() ? evaluation.oracle() : null;
        for (Result r : out) {
            results.save(r.model(), r.kind(), PROTOCOL, PairedComparison.stored(r.metrics(), r.versus()));
        }
        if (oracle != null) {
            results.save("oracle", "oracle", PROTOCOL, oracle);
        }
        return new Report(split, out, oracle, (System.nanoTime() - started) / 1e9);
    }

    /** Each trained model compared with the baseline of highest NDCG@10 on the same test lists. */
    private List<Result> compared(List<Result> results) {
        List<String> baselines = kinds.baselines().stream().map(ModelKind::name).toList();
        Result strongest = results.stream().filter(r -> baselines.contains(r.kind()))
                .max(java.util.Comparator.comparingDouble(r -> r.metrics().getOrDefault("ndcg@10", 0.0))).orElse(null);
        if (strongest == null) {
            return results;
        }
        return results.stream().map(r -> baselines.contains(r.kind()) ? r : r.versus(strongest)).toList();
    }

    private static boolean sameFamily(String name, String base) {
        return name.equals(base) || name.matches(java.util.regex.Pattern.quote(base) + "-\\d+");
    }

    private Result evaluate(SavedModel m, ClickEvaluation evaluation, TemporalSplit split, boolean fitted,
                            CancelToken cancel) {
        ClickEvaluation.Measured measured;
        try (Recommender r = kinds.open(m, data)) {
            measured = evaluation.measure(r, cancel);
        }
        boolean leaky = m.dataTo() != null && m.dataTo() >= split.cutoff();
        return new Result(m.name(), m.kind(), new LinkedHashMap<>(measured.metrics()), leaky, fitted, null, null,
                measured.ndcgPerList());
    }
}
