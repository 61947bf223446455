package merchlab.model;

import java.util.Map;
import merchlab.CancelToken;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;

/**
 * Trains a model of a named kind and saves it as a new version: named after its kind ({@code ranker},
 * {@code ranker-2} ...), linked to its parent (the given one, or else the newest model of the same name family).
 */
public final class ModelTraining {
    private final ModelKinds kinds;
    private final ModelStore store;

    public ModelTraining(ModelKinds kinds, ModelStore store) {
        this.kinds = kinds;
        this.store = store;
    }

    /**
     * Trains and saves a model.
     *
     * @param parent the model this one retrains, or null to link to the newest model of the same family if any
     */
    public SavedModel train(String kind, TrainingJobSpec spec, TrainingListener listener, CancelToken cancel) {
        ModelKind k = kinds.get(kind);
        String base = k.baseName(spec.options());
        String parent = spec.parent();
        if (parent != null) {
            store.load(parent);
        } else {
            parent = newestOfFamily(store, kind, base);
        }
        String name = store.freeName(base);
        TrainingJob job = new TrainingJob(spec.data(), name, parent, spec.settings(), spec.window(), spec.options(),
                spec.checkpoint(), spec.resume());
        SavedModel model = withOptions(k.train(job, listener, cancel), spec.options());
        store.save(model);
        return model;
    }

    /** The newest saved model of {@code kind} named {@code base} or {@code base-N}, the parent of a new version. */
    public static String newestOfFamily(ModelStore store, String kind, String base) {
        return store.list().stream().filter(m -> m.name().equals(base) || m.name().startsWith(base + "-"))
                .filter(m -> m.kind().equals(kind) && m.name().substring(base.length()).matches("(-\\d+)?"))
                .map(SavedModel::name).findFirst().orElse(null);
    }

    /** The key under which a saved model keeps the options it was trained with, so evaluations can retrain it alike. */
    public static final String OPTIONS = "options";

    /** The options a saved model was trained with (empty for models saved before they were kept). */
    public static Map<String, String> options(SavedModel model) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (model.settings().get(OPTIONS) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    /** {@code m} with the options it was trained with kept in its settings (unless its kind kept them already). */
    public static SavedModel withOptions(SavedModel m, Map<String, String> options) {
        if (m.settings().containsKey(OPTIONS)) {
            return m;
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>(m.settings());
        settings.put(OPTIONS, options == null ? Map.of() : Map.copyOf(options));
        return new SavedModel(m.name(), m.kind(), settings, m.featureSchema(), m.metrics(), m.parent(), m.dataFrom(),
                m.dataTo(), m.device(), m.createdAt(), m.note(), m.parameters());
    }

    /** What to train on and how; the name and parent are decided by {@link ModelTraining}. */
    public record TrainingJobSpec(merchlab.features.ShopData data, TrainingSettings settings, DataWindow window,
                                  Map<String, String> options, String parent, java.nio.file.Path checkpoint,
                                  boolean resume) {
    }
}
