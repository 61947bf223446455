package merchlab.eval.tune;

import java.util.List;
import java.util.Map;

/**
 * How a tuning run ended: every trial, the best one at full training, the kind's defaults at full training, and the
 * strongest baseline on the same validation shoppers.
 *
 * @param best             the finished full-training trial of highest validation NDCG@10, or null when none finished
 * @param defaults         the defaults' full-training trial, or null when it did not finish
 * @param baselines        each baseline's validation metrics, by model name
 * @param baseline         the baseline of highest validation NDCG@10, or null when none could be trained
 * @param bestModel        the saved model version of the best trial, or null
 * @param recommended      the model the run recommends: {@code bestModel} when it beats the baseline, else the
 *                         baseline's saved version
 * @param stoppedEarly     whether the budget or the user stopped trials before the search was done
 * @param fullRound        the round of full trainings (the defaults' round)
 */
public record TuningReport(long run, String kind, String protocol, int validationShoppers, List<Trial> trials,
                           Trial best, Trial defaults, Map<String, Map<String, Double>> baselines, String baseline,
                           String bestModel, String recommended, boolean stoppedEarly, int fullRound,
                           double seconds, double budgetSeconds) {
    public TuningReport {
        trials = List.copyOf(trials);
        baselines = Map.copyOf(baselines);
    }

    /** Validation NDCG@10 of the strongest baseline, NaN when there is none. */
    public double baselineNdcg() {
        return baseline == null ? Double.NaN : baselines.get(baseline).getOrDefault("ndcg@10", Double.NaN);
    }

    /** Whether the best trial beats the strongest baseline on validation NDCG@10. */
    public boolean beatsBaseline() {
        return best != null && (baseline == null || best.ndcg() > baselineNdcg());
    }

    /** Whether a drawn setting beat the defaults at full training. */
    public boolean beatsDefaults() {
        return best != null && best.config() != 0 && (defaults == null || best.ndcg() > defaults.ndcg());
    }

    /** One sentence on the outcome, for people. */
    public String verdict() {
        if (best == null) {
            return "no trial finished its full training within the budget; nothing was saved";
        }
        boolean drawnFull = trials.stream().anyMatch(t -> t.config() != 0 && t.rung() == fullRound && t.finished());
        String vsDefaults = best.config() == 0 && !drawnFull ? "no drawn setting reached full training within the"
                + " budget, so the defaults are the best full training found"
                : best.config() == 0 ? "the defaults are already the best setting found"
                : defaults == null ? "a drawn setting is best (the defaults did not finish)"
                : String.format(java.util.Locale.ROOT, "setting %d improves on the defaults (%.4f against %.4f)",
                        best.config(), best.ndcg(), defaults.ndcg());
        String vsBaseline = baseline == null ? "no baseline could be trained to compare with"
                : beatsBaseline() ? String.format(java.util.Locale.ROOT,
                        "it beats the strongest baseline, %s (%.4f against %.4f), and %s is the recommended model",
                        baseline, best.ndcg(), baselineNdcg(), recommended)
                : String.format(java.util.Locale.ROOT, "no setting beats the strongest baseline, %s (%.4f against"
                        + " %.4f): %s stays the recommended model", baseline, best.ndcg(), baselineNdcg(), recommended);
        return vsDefaults + "; " + vsBaseline;
    }
}
