package merchlab.model.intent;

import java.util.List;

/**
 * Labelled messages as the intent network reads them: the text (for n-grams), the frozen encoder's vector and the
 * index of the true intent.
 */
public record IntentData(List<String> messages, List<float[]> vectors, int[] labels) {
    public IntentData {
        messages = List.copyOf(messages);
        vectors = List.copyOf(vectors);
        if (messages.size() != vectors.size() || messages.size() != labels.length) {
            throw new IllegalArgumentException("messages, vectors and labels differ in number");
        }
    }

    public int size() {
        return messages.size();
    }
}
