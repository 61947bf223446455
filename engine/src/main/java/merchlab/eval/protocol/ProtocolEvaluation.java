package merchlab.eval.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.DataWindow;
import merchlab.model.EvaluationStore;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.ModelStore;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.workspace.Workspace;

/**
 * Runs a ranking protocol ({@code leave-last-out}, {@code random-80-10-10}) on a workspace: every baseline variant, and
 * every trainable kind that has a saved model (or the kind of one named model), is trained afresh on the protocol's
 * training interactions in a {@link TrainingWorkspace} and ranks the whole catalog for the test shoppers with
 * {@link FullRankingEvaluation}. A saved model cannot be scored as it is, because it learned from the held-out
 * interactions. Results are stored under the protocol's name.
 */
public final class ProtocolEvaluation {
    private final Workspace workspace;
    private final ModelKinds kinds;
    private final EvaluationStore results;
    private final Path scratch;

    /** @param scratch folder for the temporary training workspace */
    public ProtocolEvaluation(Workspace workspace, ModelKinds kinds, EvaluationStore results, Path scratch) {
        this.workspace = workspace;
        this.kinds = kinds;
        this.results = results;
        this.scratch = scratch;
    }

    /** One model's figures; {@code skipped} says why a kind could not be trained on the protocol's data. */
    public record Result(String model, String kind, Map<String, Double> metrics, String skipped) {
    }

    /** The whole evaluation. */
    public record Report(String protocol, int testShoppers, int products, List<Result> results, double seconds) {
    }

    /** The protocol of a command-line name. */
    public static EvaluationProtocol protocol(String name, long seed) {
        return switch (name) {
            case LeaveLastOut.NAME -> new LeaveLastOut();
            case RandomSplit.NAME -> new RandomSplit(seed);
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

    /** Evaluates {@code onlyModel}'s kind (or every kind with a saved model when null) beside all baselines. */
    public Report run(EvaluationProtocol protocol, String onlyModel, TrainingSettings settings,
                      TrainingListener listener, CancelToken cancel) {
        long started = System.nanoTime();
        ProtocolSplit split = protocol.split(InteractionLog.fromWorkspace(workspace));
        if (split.test().isEmpty()) {
            throw new MerchLabException("the " + protocol.name() + " protocol finds no shopper to test: shoppers need"
                    + " at least two engagements");
        }
        Set<String> trained = new LinkedHashSet<>();
        ModelStore store = new ModelStore(workspace);
        if (onlyModel != null) {
            trained.add(store.load(onlyModel).kind());
        } else {
            store.list().stream().map(SavedModel::kind).filter(k -> kinds.names().contains(k))
                    .filter(k -> !kinds.get(k).isBaseline()).forEach(trained::add);
        }
        Map<String, Map<String, String>> options = defaultOptions(protocol);
        List<Result> out = new ArrayList<>();
        int products;
        try (TrainingWorkspace tw = TrainingWorkspace.create(workspace, split.training(), scratch);
             ShopData data = new ShopData(tw.workspace(), null)) {
            FullRankingEvaluation evaluation = new FullRankingEvaluation(data.catalog().ids());
            products = data.catalog().size();
            for (String name : trained) {
                ModelKind kind = kinds.get(name);
                out.add(evaluate(kind, name, options.getOrDefault(name, Map.of()), settings, data, evaluation,
                        split, listener, cancel));
            }
            for (ModelKind kind : kinds.baselines()) {
                for (Map<String, String> variant : kind.baselineVariants()) {
                    out.add(evaluate(kind, kind.baseName(variant), variant, settings, data, evaluation, split,
                            listener, cancel));
                }
            }
        }
        for (Result r : out) {
            if (r.skipped() == null) {
                results.save(r.model(), r.kind(), protocol.name(), r.metrics());
            }
        }
        return new Report(protocol.name(), split.test().size(), products, out, (System.nanoTime() - started) / 1e9);
    }

    private Result evaluate(ModelKind kind, String name, Map<String, String> options, TrainingSettings settings,
                            ShopData data, FullRankingEvaluation evaluation, ProtocolSplit split,
                            TrainingListener listener, CancelToken cancel) {
        listener.message("training " + name + " on the " + split.protocol() + " training interactions");
        SavedModel model;
        try {
            model = kind.train(new TrainingJob(data, name, null, settings, DataWindow.all(), options, null, false),
                    listener, cancel);
        } catch (MerchLabException e) {
            return new Result(name, kind.name(), Map.of(), e.getMessage());
        }
        try (Recommender r = kind.open(model, data)) {
            return new Result(name, kind.name(), new LinkedHashMap<>(evaluation.evaluate(r, split.test(), cancel)),
                    null);
        }
    }
}
