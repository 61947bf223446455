package merchlab.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import merchlab.MerchLabException;
import merchlab.model.intent.IntentClassifier;
import merchlab.model.intent.Temperature;
import merchlab.store.SavedModel;
import merchlab.text.TextEncoder;

/**
 * A saved intent model opened for use: calibrated probabilities of every intent for a message (the classifier's
 * scores divided by the temperature fitted on held-out messages), and the confidence below which a message goes to a
 * person. Opens the frozen encoder the model was trained with when it reads vectors. Not thread-safe; close it.
 */
public final class IntentRecogniser implements AutoCloseable {
    /** The model kinds saved by {@link IntentTraining}. */
    public static final String KIND = "intent";
    public static final String BASELINE_KIND = "intent-baseline";

    private final SavedModel saved;
    private final List<String> intents;
    private final double temperature;
    private final double threshold;
    private final IntentClassifier classifier;
    private final TextEncoder encoder;

    private IntentRecogniser(SavedModel saved, IntentClassifier classifier, TextEncoder encoder) {
        this.saved = saved;
        this.classifier = classifier;
        this.encoder = encoder;
        this.intents = intents(saved);
        this.temperature = number(saved.settings(), "temperature", 1);
        this.threshold = number(saved.settings(), "handoffThreshold", 0.5);
    }

    /** Opens a saved intent model; {@code encoders} opens the frozen encoder it reads by name. */
    public static IntentRecogniser open(SavedModel saved, Function<String, TextEncoder> encoders) {
        if (!saved.kind().equals(KIND) && !saved.kind().equals(BASELINE_KIND)) {
            throw new MerchLabException("model " + saved.name() + " is a " + saved.kind()
                    + " model, not an intent model: train one with merchlab service train");
        }
        IntentClassifier classifier = IntentClassifier.fromBytes(saved.parameters());
        TextEncoder encoder = null;
        try {
            if (classifier.readsVectors()) {
                encoder = encoders.apply(String.valueOf(saved.settings().get("encoder")));
            }
            return new IntentRecogniser(saved, classifier, encoder);
        } catch (RuntimeException e) {
            classifier.close();
            if (encoder != null) {
                encoder.close();
            }
            throw e;
        }
    }

    public String name() {
        return saved.name();
    }

    public SavedModel saved() {
        return saved;
    }

    /** The intents this model knows, in the order of its probabilities. */
    public List<String> intents() {
        return intents;
    }

    /** The confidence below which a message is handed to a person. */
    public double handoffThreshold() {
        return threshold;
    }

    /** The writing systems of the messages it was trained on (for example {@code LATIN}). */
    public List<String> scripts() {
        return saved.settings().get("scripts") instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** Calibrated probabilities of every intent, one row per message. */
    public List<double[]> probabilities(List<String> asWritten) {
        List<String> messages = classifier.prepared(asWritten);
        List<float[]> vectors = null;
        if (classifier.readsVectors()) {
            vectors = new ArrayList<>();
            for (int from = 0; from < messages.size(); from += 64) {
                vectors.addAll(encoder.encode(messages.subList(from, Math.min(messages.size(), from + 64))));
            }
        }
        float[][] logits = classifier.logits(messages, vectors);
        List<double[]> out = new ArrayList<>(logits.length);
        for (float[] l : logits) {
            out.add(Temperature.softmax(l, temperature));
        }
        return out;
    }

    /** The most likely intent of one message and its calibrated probability. */
    public IntentGuess guess(String message) {
        double[] p = probabilities(List.of(message)).get(0);
        int best = argmax(p);
        return new IntentGuess(intents.get(best), p[best], p);
    }

    /** The most likely intent, its probability and every intent's probability. */
    public record IntentGuess(String intent, double confidence, double[] probabilities) {
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    static List<String> intents(SavedModel m) {
        if (m.settings().get("intents") instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        throw new MerchLabException("model " + m.name() + " lists no intents");
    }

    private static double number(Map<String, Object> settings, String key, double fallback) {
        return settings.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    @Override
    public void close() {
        classifier.close();
        if (encoder != null) {
            encoder.close();
        }
    }
}
