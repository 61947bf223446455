package merchlab.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.TextEncoder;

/**
 * Scores an intent model beside the workspace's newest n-gram baseline on the same labelled messages: the comparison
 * that {@code service evaluate} prints and the desktop's Service section shows.
 */
public final class ServiceEvaluation {
    private ServiceEvaluation() {
    }

    /**
     * The reports of the model named {@code model} (the newest intent model when null) and, unless it is a baseline
     * itself, of the newest baseline, in that order.
     *
     * @param encoders opens a frozen encoder by name
     */
    public static List<IntentReport> run(ModelStore store, String model, List<LabelledMessage> messages,
                                         Function<String, TextEncoder> encoders, CancelToken cancel) {
        if (messages.isEmpty()) {
            throw new MerchLabException("no labelled message to evaluate");
        }
        List<IntentReport> reports = new ArrayList<>();
        for (SavedModel m : models(store, model)) {
            cancel.check();
            try (IntentRecogniser r = IntentRecogniser.open(m, encoders)) {
                reports.add(IntentEvaluation.evaluate(r, messages));
            }
        }
        return reports;
    }

    /** The model named {@code model} (the newest intent model when null) and the newest baseline beside it. */
    public static List<SavedModel> models(ModelStore store, String model) {
        SavedModel main = model != null ? store.load(model) : newest(store);
        List<SavedModel> models = new ArrayList<>(List.of(main));
        if (!main.kind().equals(IntentRecogniser.BASELINE_KIND)) {
            store.latest(IntentRecogniser.BASELINE_KIND).ifPresent(models::add);
        }
        return models;
    }

    /** The newest intent model, or a clear error saying how to train one. */
    public static SavedModel newest(ModelStore store) {
        return store.latest(IntentRecogniser.KIND).orElseThrow(() -> new MerchLabException(
                "no intent model in this workspace: train one (merchlab service train, or Train in the Service section)"));
    }
}
