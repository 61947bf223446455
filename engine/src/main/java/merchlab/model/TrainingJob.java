package merchlab.model;

import java.nio.file.Path;
import java.util.Map;
import merchlab.features.ShopData;

/**
 * Everything one training run needs: the shop's data, the name and lineage of the model to create, the shared
 * settings, the window of logs to learn from and kind-specific options.
 *
 * @param options    kind-specific choices, for example {@code negatives=4} or {@code scope=category}
 * @param checkpoint folder for per-epoch checkpoints, or null for none
 * @param resume     whether to continue from the checkpoint found there
 */
public record TrainingJob(ShopData data, String modelName, String parent, TrainingSettings settings,
                          DataWindow window, Map<String, String> options, Path checkpoint, boolean resume) {
    public TrainingJob {
        options = options == null ? Map.of() : Map.copyOf(options);
        window = window == null ? DataWindow.all() : window;
        settings = settings == null ? TrainingSettings.defaults() : settings;
    }

    /** An option's value, or {@code fallback} when it was not given. */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    /** An integer option, with a clear error when it is not a number. */
    public int intOption(String key, int fallback) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new merchlab.MerchLabException("option " + key + " must be a whole number, not '" + v + "'");
        }
    }
}
