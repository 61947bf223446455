package merchlab.model.sequence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.eval.protocol.InteractionLog;
import merchlab.eval.protocol.RankingCase;
import merchlab.model.ModelKind;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.text.EmbeddingStore;
import merchlab.text.ProductVectors;

/**
 * The {@code sequence} kind of {@code merchlab train}: the sequence recommender trained on the job's window of
 * engagement events with the workspace's product vectors.
 *
 * <p>Defaults are fitted to the log's shape ({@link SequenceSettings#fittedTo}); options ({@code --set KEY=VALUE})
 * override them: {@code objective} (next or masked), {@code mask-rate}, {@code dim},
 * {@code layers}, {@code heads}, {@code history}, {@code dropout}, {@code id} (true or false), {@code id-dropout},
 * {@code negatives} (0: full softmax when the catalog is small), {@code weight-decay}, {@code bias} (true or false),
 * {@code new-only} (true or false).
 */
public final class SequenceKind implements ModelKind {
    @Override
    public String name() {
        return SequenceRecommender.KIND;
    }

    @Override
    public String description() {
        return "self-attention over the shopper's recent products; every product, new ones too, scored through its text";
    }

    @Override
    public SavedModel train(TrainingJob job, TrainingListener listener, CancelToken cancel) {
        return train(job, null, listener, cancel);
    }

    /** Trains with early stopping on {@code validation} when given, else on a hold-out of the job's own events. */
    @Override
    public SavedModel train(TrainingJob job, List<RankingCase> validation, TrainingListener listener,
                            CancelToken cancel) {
        ShopData data = job.data();
        InteractionLog log = InteractionLog.fromWorkspace(data.workspace(), job.window().from(), job.window().to());
        LogShape shape = LogShape.of(log);
        SequenceSettings fitted = SequenceSettings.defaults().fittedTo(shape);
        listener.message(String.format(Locale.ROOT, "log shape: %.1f shoppers per product, median history %d"
                        + " products: %s id vectors, %d attention layers over the last %d products%s",
                shape.shoppersPerProduct(), shape.medianHistory(), fitted.idEmbedding() ? "with" : "without",
                fitted.layers(), fitted.maxHistory(),
                fitted.textSkip() ? ", text similarity to the last product around the adapter" : ""));
        SequenceSettings settings = fitted.withOptions(job.options()).withResume(job.resume());
        Path checkpoint = job.checkpoint() == null ? null : job.checkpoint().resolve(job.modelName() + ".ckpt");
        ProductVectors vectors = new EmbeddingStore(data.workspace()).products(data.encoderName());
        SequenceTrainer trainer = new SequenceTrainer(settings);
        SavedModel m = validation == null || validation.isEmpty()
                ? trainer.train(log, vectors, job.settings(), listener, cancel, checkpoint)
                : trainer.train(log, validation, vectors, job.settings(), listener, cancel, checkpoint);
        return new SavedModel(job.modelName(), m.kind(), m.settings(), m.featureSchema(), m.metrics(), job.parent(),
                m.dataFrom(), m.dataTo(), m.device(), m.createdAt(), m.note(), m.parameters());
    }

    @Override
    public Recommender open(SavedModel model, ShopData data) {
        Object encoder = model.settings().get("encoder");
        return SequenceRecommender.open(model, new EmbeddingStore(data.workspace())
                .products(encoder == null ? data.encoderName() : encoder.toString()));
    }
}
