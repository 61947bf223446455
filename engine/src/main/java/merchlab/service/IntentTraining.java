package merchlab.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.intent.IntentArchitecture;
import merchlab.model.intent.IntentClassifier;
import merchlab.model.intent.IntentData;
import merchlab.model.intent.IntentTrainer;
import merchlab.model.intent.MessageSpelling;
import merchlab.model.intent.NgramBaseline;
import merchlab.model.intent.Temperature;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.EncoderChoice;
import merchlab.text.Encoders;
import merchlab.text.Scripts;
import merchlab.text.TextEncoder;

/**
 * Trains the intent model (the DJL adapter and softmax head over the frozen encoder's vectors, with the message's
 * n-grams beside them, both read after misspelled words are mended) and the n-gram baseline on labelled messages, calibrates both by temperature scaling on a
 * stratified validation share, picks each one's handoff threshold there, and saves both in the workspace as new
 * versions linked to the ones they retrain.
 */
public final class IntentTraining {
    /** The share of each intent's messages held out for early stopping, calibration and the threshold. */
    public static final double VALIDATION_SHARE = 0.15;
    /** The accuracy the answered messages should reach on validation; below it the threshold rises. */
    public static final double HANDOFF_ACCURACY = 0.99;
    /** Adam's learning rate unless the settings name one (the command line's and the desktop's default). */
    public static final double LEARNING_RATE = 2e-3;
    private static final long VALIDATION_SALT = 7;

    private final ModelStore store;
    private final Function<String, TextEncoder> encoders;

    public IntentTraining(ModelStore store, Function<String, TextEncoder> encoders) {
        this.store = store;
        this.encoders = encoders;
    }

    /** The two models saved. */
    public record Result(SavedModel model, SavedModel baseline) {
    }

    /**
     * @param encoder {@code auto} (chosen from the messages' script), {@code en} or {@code zh}
     * @param data    names the training data in the models' settings (a file name)
     */
    public Result train(List<LabelledMessage> messages, String data, String encoder, TrainingSettings settings,
                        Map<String, String> options, String parent, TrainingListener listener, CancelToken cancel) {
        List<String> intents = new ArrayList<>(new TreeSet<>(messages.stream().map(LabelledMessage::intent).toList()));
        if (intents.size() < 2) {
            throw new MerchLabException("the training messages name " + intents.size()
                    + " intent" + (intents.size() == 1 ? "" : "s") + ": at least two are needed");
        }
        IntentArchitecture shape = IntentArchitecture.fromOptions(options);
        IntentSplit.Parts parts = IntentSplit.split(messages, VALIDATION_SHARE, VALIDATION_SALT);
        if (parts.heldOut().isEmpty()) {
            throw new MerchLabException("too few messages to hold any out for validation: give at least "
                    + (int) Math.ceil(1 / VALIDATION_SHARE) + " per intent");
        }
        String encoderName = chooseEncoder(encoder, messages);
        if (parent != null) {
            store.load(parent);
        }
        long started = System.nanoTime();
        List<LabelledMessage> train = parts.kept();
        List<LabelledMessage> validation = parts.heldOut();
        List<String> scripts = scripts(messages);

        MessageSpelling spelling = shape.spelling() ? MessageSpelling.fit(texts(train)) : null;
        listener.message("embedding " + messages.size() + " messages with encoder " + encoderName);
        IntentData trainData;
        IntentData validationData;
        try (TextEncoder textEncoder = encoders.apply(encoderName)) {
            trainData = data(train, spelling, intents, textEncoder, cancel);
            validationData = data(validation, spelling, intents, textEncoder, cancel);
        }
        double embedSeconds = (System.nanoTime() - started) / 1e9;

        listener.message("training the intent model on " + train.size() + " messages, validating on "
                + validation.size());
        IntentTrainer.Result trained = new IntentTrainer(settings, shape).train(trainData, validationData,
                intents.size(), spelling, listener, cancel);
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("intents", intents);
        common.put("data", data);
        common.put("messages", messages.size());
        common.put("scripts", scripts);
        common.put(ModelTraining.OPTIONS, Map.copyOf(options));
        SavedModel model;
        try (IntentClassifier classifier = trained.classifier()) {
            Map<String, Object> s = new LinkedHashMap<>(common);
            s.put("encoder", encoderName);
            s.put("architecture", shape.asMap());
            s.put("training", settings.asMap());
            Map<String, Double> metrics = new LinkedHashMap<>(trained.metrics());
            metrics.put("embedding_seconds", embedSeconds);
            model = calibrateAndSave(KindNames.MODEL, classifier, trained.validationLogits(), validationData, intents,
                    s, metrics, trained.device(), parent);
        }
        listener.message("training the n-gram baseline");
        long baselineStarted = System.nanoTime();
        NgramBaseline baseline = NgramBaseline.train(texts(train), trainData.labels(), intents.size(), settings.seed(),
                cancel);
        SavedModel baselineModel;
        try (IntentClassifier classifier = IntentClassifier.of(baseline)) {
            float[][] logits = classifier.logits(texts(validation), null); // the baseline reads messages as written
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("train_messages", (double) train.size());
            metrics.put("validation_messages", (double) validation.size());
            metrics.put("training_seconds", (System.nanoTime() - baselineStarted) / 1e9);
            baselineModel = calibrateAndSave(KindNames.BASELINE, classifier, logits, validationData, intents, common,
                    metrics, "cpu", null);
        }
        return new Result(model, baselineModel);
    }

    /** The names and kinds of the two models. */
    private enum KindNames {
        MODEL(IntentRecogniser.KIND), BASELINE(IntentRecogniser.BASELINE_KIND);

        final String kind;

        KindNames(String kind) {
            this.kind = kind;
        }
    }

    private SavedModel calibrateAndSave(KindNames which, IntentClassifier classifier, float[][] logits,
                                        IntentData validation, List<String> intents, Map<String, Object> settings,
                                        Map<String, Double> metrics, String device, String parent) {
        double temperature = Temperature.fit(logits, validation.labels());
        List<double[]> p = new ArrayList<>();
        double[] confidence = new double[logits.length];
        boolean[] right = new boolean[logits.length];
        for (int i = 0; i < logits.length; i++) {
            double[] row = Temperature.softmax(logits[i], temperature);
            p.add(row);
            int best = IntentRecogniser.argmax(row);
            confidence[i] = row[best];
            right[i] = best == validation.labels()[i];
        }
        double threshold = IntentEvaluation.threshold(confidence, right, HANDOFF_ACCURACY);
        IntentReport v = IntentEvaluation.score(which.kind, which.kind, intents, p,
                java.util.Arrays.stream(validation.labels()).mapToObj(intents::get).toList(), threshold);
        Map<String, Object> s = new LinkedHashMap<>(settings);
        s.put("temperature", temperature);
        s.put("handoffThreshold", threshold);
        Map<String, Double> m = new LinkedHashMap<>(metrics);
        m.put("validation_accuracy", v.accuracy());
        m.put("validation_macro_f1", v.macroF1());
        m.put("validation_ece", v.ece());
        m.put("validation_handoff_rate", v.handoffRate());
        m.put("temperature", temperature);
        String base = which.kind;
        String lineage = parent != null ? parent : ModelTraining.newestOfFamily(store, which.kind, base);
        SavedModel saved = new SavedModel(store.freeName(base), which.kind, s, null, m, lineage, null, null, device,
                System.currentTimeMillis(), null, classifier.toBytes());
        store.save(saved);
        return saved;
    }

    private static List<String> texts(List<LabelledMessage> messages) {
        return messages.stream().map(LabelledMessage::text).toList();
    }

    /** The messages as the model reads them (mended by {@code spelling} when not null), their vectors and labels. */
    private static IntentData data(List<LabelledMessage> messages, MessageSpelling spelling, List<String> intents,
                                   TextEncoder encoder, CancelToken cancel) {
        List<String> texts = spelling == null ? texts(messages) : spelling.correct(texts(messages));
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 64) {
            cancel.check();
            vectors.addAll(encoder.encode(texts.subList(from, Math.min(texts.size(), from + 64))));
        }
        int[] labels = messages.stream().mapToInt(m -> intents.indexOf(m.intent())).toArray();
        return new IntentData(texts, vectors, labels);
    }

    /** {@code auto}: the Chinese encoder when the messages hold a noticeable share of CJK letters, else English. */
    static String chooseEncoder(String requested, List<LabelledMessage> messages) {
        Scripts.Counts counts = Scripts.Counts.ZERO;
        for (LabelledMessage m : messages) {
            counts = counts.plus(Scripts.count(m.text()));
        }
        return EncoderChoice.DEFAULT.resolve(requested == null ? Encoders.AUTO : requested, counts);
    }

    /** The writing systems making up at least 1% of the messages' letters. */
    static List<String> scripts(List<LabelledMessage> messages) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long all = 0;
        for (LabelledMessage m : messages) {
            for (int cp : m.text().codePoints().toArray()) {
                if (Character.isLetter(cp)) {
                    counts.merge(MessageScripts.of(cp), 1L, Long::sum);
                    all++;
                }
            }
        }
        long total = all;
        return counts.entrySet().stream().filter(e -> e.getValue() >= 0.01 * total).map(Map.Entry::getKey).sorted()
                .toList();
    }
}
