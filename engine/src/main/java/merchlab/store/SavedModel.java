package merchlab.store;

import java.util.Map;

/**
 * A trained model as stored in the workspace: what it is, how it was trained, on which data, how it scored, and its weights.
 *
 * @param kind          the {@code --model} name it was trained as: ranker, sequence, popularity, cooccurrence, semantic
 * @param settings      training settings and data choices (e.g. sampled negatives), as written by the trainer
 * @param featureSchema the ordered feature names and groups the model reads, or null when it reads none
 * @param parent        the model it was retrained from, or null
 * @param dataFrom      epoch ms of the first training event, or null
 * @param dataTo        epoch ms of the last training event, or null
 * @param device        {@code cpu} or {@code gpu}, as actually used
 * @param parameters    the serialised weights, or null for models that have none
 */
public record SavedModel(
        String name,
        String kind,
        Map<String, Object> settings,
        Map<String, Object> featureSchema,
        Map<String, Double> metrics,
        String parent,
        Long dataFrom,
        Long dataTo,
        String device,
        long createdAt,
        String note,
        byte[] parameters) {

    public SavedModel {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /** The same model under another name. */
    public SavedModel withName(String newName) {
        return new SavedModel(newName, kind, settings, featureSchema, metrics, parent, dataFrom, dataTo, device,
                createdAt, note, parameters);
    }

    /** The same model with metrics replaced. */
    public SavedModel withMetrics(Map<String, Double> newMetrics) {
        return new SavedModel(name, kind, settings, featureSchema, newMetrics, parent, dataFrom, dataTo, device,
                createdAt, note, parameters);
    }
}
