package merchlab.service;

import java.util.ArrayList;
import java.util.List;
import merchlab.query.TermMatcher;

/**
 * Occlusion (Zeiler and Fergus, "Visualizing and Understanding Convolutional Networks", ECCV 2014, applied to words):
 * each word of the message is left out in turn and the predicted intent's probability measured again; the drop is the
 * word's weight. All variants are scored in one batch.
 */
public final class WordWeights {
    /** Words of a message weighed; later ones get no weight. */
    public static final int MAX_WORDS = 40;

    private WordWeights() {
    }

    /** The weight of every word (a Latin word or one Chinese character) for intent number {@code intent}. */
    public static List<WordWeight> of(IntentRecogniser model, String message, int intent, double probability) {
        List<TermMatcher.Unit> units = TermMatcher.units(message);
        if (units.size() > MAX_WORDS) {
            units = units.subList(0, MAX_WORDS);
        }
        List<String> variants = new ArrayList<>();
        for (TermMatcher.Unit u : units) {
            variants.add((message.substring(0, u.start()) + message.substring(u.end())).replaceAll("\\s+", " ").strip());
        }
        List<double[]> p = variants.isEmpty() ? List.of() : model.probabilities(variants);
        List<WordWeight> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TermMatcher.Unit u = units.get(i);
            out.add(new WordWeight(message.substring(u.start(), u.end()), u.start(), u.end(),
                    probability - p.get(i)[intent]));
        }
        return out;
    }
}
