package merchlab.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.search.LexicalIndex;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeReport;
import merchlab.text.EncodeService;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import merchlab.workspace.WorkspaceSummary;

/**
 * Makes an imported workspace ready to explore and evaluate: embeds the product text (only new or changed products),
 * brings the full-text search index up to date, and trains each default model kind that has no saved model yet, on
 * the logs before the temporal cut-off as {@code merchlab train} does. What {@code merchlab prepare} and the desktop's
 * "Prepare workspace" run.
 *
 * <p>Running it again does only what is missing. Cancelling keeps what is done: the vectors already stored and the
 * models already trained.
 */
public final class WorkspacePreparation {
    /** The kinds a prepared workspace has, in training order: the quick baselines first, then the click model. */
    public static final List<String> DEFAULT_KINDS = List.of("popularity", "cooccurrence", "semantic", "ranker");

    private static final double ENCODING = 0.45;
    private static final double INDEXING = 0.05;
    /** Encoders a catalog is embedded with at most (both, for a bilingual shop). */
    private static final int ENCODER_PASSES = 2;
    /** How much longer the ranker takes than a baseline, for the progress bar. */
    private static final double RANKER_WEIGHT = 6;

    private final Workspace workspace;
    private final EncodeService encoding;
    private final Function<Workspace, ShopData> shopData;
    private final ModelKinds kinds;
    private final TrainingSettings settings;

    /**
     * @param encoding embeds the products (with the encoder choice of {@code merchlab encode --encoder auto})
     * @param shopData opens the workspace's data for training, after encoding
     * @param settings the training settings of every model (the defaults of {@code merchlab train})
     */
    public WorkspacePreparation(Workspace workspace, EncodeService encoding, Function<Workspace, ShopData> shopData,
                                ModelKinds kinds, TrainingSettings settings) {
        this.workspace = workspace;
        this.encoding = encoding;
        this.shopData = shopData;
        this.kinds = kinds;
        this.settings = settings;
    }

    /** A preparation with the real encoders, the installed model kinds and the default training settings. */
    public static WorkspacePreparation create(Workspace workspace) {
        return new WorkspacePreparation(workspace, EncodeService.create(workspace),
                ws -> new ShopData(ws, () -> Encoders.openFor(ws)), ModelKinds.installed(), TrainingSettings.defaults());
    }

    /** What is done and what is missing; quick (counts only). */
    public Readiness readiness() {
        WorkspaceSummary summary = WorkspaceSummary.of(workspace);
        EmbeddingStore vectors = new EmbeddingStore(workspace);
        boolean encoded = vectors.encoder().map(e -> vectors.count(e, "product") >= summary.products()).orElse(false);
        ModelStore store = new ModelStore(workspace);
        List<String> have = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String kind : defaultKinds()) {
            (store.latest(kind).isPresent() ? have : missing).add(kind);
        }
        return new Readiness(summary.products(), summary.events(), encoded, new LexicalIndex(workspace).isFresh(), have,
                missing);
    }

    /** Does what {@link #readiness()} says is missing; see the class comment. */
    public PrepareReport prepare(PrepareListener listener, CancelToken cancel) {
        long started = System.nanoTime();
        Readiness before = readiness();
        if (!before.imported()) {
            throw new MerchLabException("the workspace has no products: import a catalog first");
        }
        listener.progress("Embedding product text", 0);
        EncodeReport encoded = encoding.encode(Encoders.AUTO, new EncodeListener() {
            private int pass;
            private int last;

            /** A bilingual shop is embedded once per encoder: each pass counts from 0 again. */
            @Override
            public void progress(int embedded, int toEmbed) {
                if (embedded < last) {
                    pass = Math.min(pass + 1, ENCODER_PASSES - 1);
                }
                last = embedded;
                double done = (pass + (toEmbed == 0 ? 1 : (double) embedded / toEmbed)) / ENCODER_PASSES;
                listener.progress(String.format(Locale.ROOT, "Embedding product text%s: %,d of %,d",
                        pass > 0 ? " (second encoder)" : "", embedded, toEmbed), ENCODING * done);
            }
        }, cancel);
        cancel.check();
        listener.progress("Building the search index", ENCODING);
        LexicalIndex.Refresh indexed = new LexicalIndex(workspace).refreshIfStale();
        cancel.check();
        List<PrepareReport.Trained> trained = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> toTrain = before.events() == 0 ? List.of() : before.missingModels();
        if (before.events() == 0) {
            notes.add("no behaviour log: import one to train models");
        }
        if (!toTrain.isEmpty()) {
            train(toTrain, listener, cancel, trained, notes);
        }
        listener.progress("Prepared", 1);
        return new PrepareReport(encoded.encoders(), encoded.embedded(), encoded.reused(), indexed.indexed(), trained,
                before.models(), notes, (System.nanoTime() - started) / 1e9);
    }

    private void train(List<String> toTrain, PrepareListener listener, CancelToken cancel,
                       List<PrepareReport.Trained> trained, List<String> notes) {
        double total = toTrain.stream().mapToDouble(WorkspacePreparation::weight).sum();
        double done = 0;
        ModelTraining training = new ModelTraining(kinds, new ModelStore(workspace));
        try (ShopData data = shopData.apply(workspace)) {
            var window = TemporalSplit.of(data).trainingWindow();
            for (String kind : toTrain) {
                cancel.check();
                double from = ENCODING + INDEXING + (1 - ENCODING - INDEXING) * done / total;
                double span = (1 - ENCODING - INDEXING) * weight(kind) / total;
                String step = "Training the " + kind + " model";
                listener.progress(step, from);
                long started = System.nanoTime();
                try {
                    SavedModel model = training.train(kind, new ModelTraining.TrainingJobSpec(data, settings, window,
                            Map.of(), null, null, false), new TrainingListener() {
                                @Override
                                public void step(int epoch, long stepNo, double loss, double progress) {
                                    listener.progress(step + ": epoch " + epoch, from + span * progress);
                                }
                            }, cancel);
                    trained.add(new PrepareReport.Trained(model.name(), model.kind(), String.valueOf(model.device()),
                            (System.nanoTime() - started) / 1e9));
                } catch (CancelledException e) {
                    throw e;
                } catch (MerchLabException e) {
                    notes.add("the " + kind + " model was not trained: " + e.getMessage());
                }
                done += weight(kind);
            }
        }
    }

    private List<String> defaultKinds() {
        return DEFAULT_KINDS.stream().filter(kinds.names()::contains).toList();
    }

    private static double weight(String kind) {
        return "ranker".equals(kind) ? RANKER_WEIGHT : 1;
    }
}
