package merchlab.model;

import java.util.Map;
import merchlab.CancelToken;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopData;
import merchlab.store.SavedModel;

/**
 * One kind of model ({@code ranker}, {@code popularity}, {@code sequence} ...): how to train it and how to open a
 * saved one for scoring. Kinds are found through {@link java.util.ServiceLoader}; to add one, implement this
 * interface with a public no-argument constructor and list the class in
 * {@code META-INF/services/merchlab.model.ModelKind}.
 */
public interface ModelKind {
    /** The {@code --model} name, for example {@code ranker}. */
    String name();

    /** One line for help texts. */
    String description();

    /** Whether this kind is a baseline, fitted on the fly by evaluations when none is saved. */
    default boolean isBaseline() {
        return false;
    }

    /** The name a new model of this kind gets before versioning (e.g. {@code popularity-category}). */
    default String baseName(Map<String, String> options) {
        return name();
    }

    /** The option sets of the baseline models this kind contributes to every evaluation (one, without options, by default). */
    default java.util.List<Map<String, String>> baselineVariants() {
        return java.util.List.of(Map.of());
    }

    /** Trains a model on the job's window and returns it unsaved; checks {@code cancel} at batch and epoch boundaries. */
    SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel);

    /**
     * Trains with validation ranking cases chosen by an evaluation protocol, for early stopping; kinds that hold out
     * their own validation data ignore them (the default).
     */
    default SavedModel train(TrainingJob job, java.util.List<RankingCase> validation,
                             TrainingListener listener, CancelToken cancel) {
        return train(job, listener, cancel);
    }

    /**
     * Why the full-ranking protocols ({@code leave-last-out}, {@code random-80-10-10}) leave this kind out, or empty when
     * they retrain it and rank the whole catalog with it (the default).
     */
    default java.util.Optional<String> fullRankingSkip() {
        return java.util.Optional.empty();
    }

    /** Opens a saved model of this kind for scoring against the shop's current data. */
    Recommender open(SavedModel model, ShopData data);
}
