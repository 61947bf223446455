package merchlab.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.model.ranker.RankerKind;
import merchlab.model.ranker.RankerModel;
import merchlab.store.SavedModel;

/**
 * Runs the faithfulness checks of a ranker's explanations on held-out logged impressions (explained at their shown
 * positions): completeness statistics, the deletion curve against random order, the model randomisation sanity
 * check, and, when the generator's {@code impression_truth.csv} is given, the agreement with the planted drivers.
 */
public final class ExplanationChecks {
    /** Impressions explained per batched gradient call. */
    static final int BATCH = 64;

    private final ShopData data;
    private final SavedModel saved;

    public ExplanationChecks(ShopData data, SavedModel saved) {
        this.data = data;
        this.saved = saved;
    }

    /**
     * What the checks found.
     *
     * @param completeness  median, 95th percentile and maximum completeness error, share within 1%, mean steps
     * @param deletion      the deletion curves and the area between them
     * @param randomisation rank correlation of trained and random-weight attributions
     * @param truth         agreement with the planted drivers, or null without a truth file
     */
    public record Report(int impressions, Map<String, Double> completeness, DeletionCurve.Result deletion,
                         RandomisationCheck randomisation, TruthAgreement.Result truth, double seconds) {
    }

    /** Explains every impression of {@code impressions} at its shown position and runs every check. */
    public Report run(RankerModel model, LoggedImpressions impressions, Path truthFile, long seed, CancelToken cancel) {
        long started = System.nanoTime();
        RankerExplainer explainer = new RankerExplainer(model);
        TruthAgreement truth = truthFile == null ? null : TruthAgreement.read(truthFile);
        List<String> ids = new ArrayList<>();
        List<ReasonContext> contexts = new ArrayList<>();
        List<double[]> truthRows = new ArrayList<>();
        List<Integer> truthIndex = new ArrayList<>();
        for (LoggedImpressions.ShownList l : impressions.lists()) {
            for (String id : l.products()) {
                if (truth != null) {
                    double[] c = truth.contributions(l.requestId(), id);
                    if (c != null) {
                        truthRows.add(c);
                        truthIndex.add(ids.size());
                    }
                }
                ids.add(id);
                contexts.add(ReasonContext.none());
            }
        }
        float[] rows = impressions.rows(model);
        List<Explanation> trained = explainInBatches(explainer, rows, ids, contexts, cancel);
        RankerModel random = RankerKind.openRandomised(saved, data, seed);
        List<Explanation> randomised;
        try {
            RankerExplainer other = new RankerExplainer(model, new RankerFunction(random), IntegratedGradients.STEP_LADDER);
            randomised = explainInBatches(other, rows, ids, contexts, cancel);
        } finally {
            random.close();
        }
        DeletionCurve.Result deletion = new DeletionCurve(new RankerFunction(model), model.schema(), 8, seed)
                .run(rows, trained, explainer.baseline().row());
        TruthAgreement.Result agreement = null;
        if (truth != null && !truthIndex.isEmpty()) {
            List<Explanation> matched = new ArrayList<>();
            for (int i : truthIndex) {
                matched.add(trained.get(i));
            }
            agreement = TruthAgreement.compare(matched, truthRows);
        }
        return new Report(ids.size(), completeness(trained), deletion, RandomisationCheck.compare(trained, randomised),
                agreement, (System.nanoTime() - started) / 1e9);
    }

    private static List<Explanation> explainInBatches(RankerExplainer explainer, float[] rows, List<String> ids,
                                                      List<ReasonContext> contexts, CancelToken cancel) {
        int width = explainer.schema().width();
        List<Explanation> out = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += BATCH) {
            cancel.check();
            int end = Math.min(ids.size(), start + BATCH);
            out.addAll(explainer.explainRows(Arrays.copyOfRange(rows, start * width, end * width),
                    ids.subList(start, end), contexts.subList(start, end)));
        }
        return out;
    }

    static Map<String, Double> completeness(List<Explanation> explanations) {
        double[] errors = explanations.stream().mapToDouble(Explanation::completenessError).sorted().toArray();
        Map<String, Double> m = new LinkedHashMap<>();
        if (errors.length == 0) {
            return m;
        }
        m.put("median", errors[errors.length / 2]);
        m.put("p95", errors[(int) Math.min(errors.length - 1, Math.floor(0.95 * errors.length))]);
        m.put("max", errors[errors.length - 1]);
        m.put("withinOnePercent", (double) Arrays.stream(errors).filter(e -> e <= IntegratedGradients.TOLERANCE).count()
                / errors.length);
        m.put("meanSteps", explanations.stream().mapToInt(Explanation::steps).average().orElse(0));
        return m;
    }
}
