package merchlab.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.importer.read.Hash64;

/**
 * Splits labelled messages by message, stratified by intent: within each intent the messages are ordered by a hash of
 * their normalised text and the first {@code share} of them are held out. The same file and share always give the
 * same split, a repeated message always falls on one side, and every intent keeps its proportion on both sides.
 */
public final class IntentSplit {
    /** The salt of the held-out split that {@code service train --holdout} and {@code service evaluate --holdout} share. */
    public static final long HOLDOUT_SALT = 0;

    private IntentSplit() {
    }

    /** The messages {@code service train --holdout share} trains on and {@code service evaluate --holdout share} scores. */
    public static Parts holdout(List<LabelledMessage> messages, double share) {
        return split(messages, share, HOLDOUT_SALT);
    }

    /** The two sides of a split. */
    public record Parts(List<LabelledMessage> kept, List<LabelledMessage> heldOut) {
    }

    /**
     * @param share the share of each intent's messages held out, in [0, 1)
     * @param salt  varies the split (a different salt holds out different messages)
     */
    public static Parts split(List<LabelledMessage> messages, double share, long salt) {
        if (!(share >= 0 && share < 1)) {
            throw new merchlab.MerchLabException("the held-out share must be at least 0 and below 1, not " + share);
        }
        Map<String, List<LabelledMessage>> byIntent = new LinkedHashMap<>();
        for (LabelledMessage m : messages) {
            byIntent.computeIfAbsent(m.intent(), k -> new ArrayList<>()).add(m);
        }
        List<LabelledMessage> kept = new ArrayList<>();
        List<LabelledMessage> heldOut = new ArrayList<>();
        for (List<LabelledMessage> group : byIntent.values()) {
            List<LabelledMessage> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingLong((LabelledMessage m) -> hash(m.text(), salt))
                    .thenComparing(LabelledMessage::text));
            int cut = (int) Math.round(share * sorted.size());
            String boundary = cut > 0 && cut < sorted.size() ? key(sorted.get(cut - 1).text()) : null;
            for (int i = 0; i < sorted.size(); i++) {
                boolean out = i < cut || (boundary != null && key(sorted.get(i).text()).equals(boundary));
                (out ? heldOut : kept).add(sorted.get(i));
            }
        }
        return new Parts(List.copyOf(kept), List.copyOf(heldOut));
    }

    private static long hash(String text, long salt) {
        return new Hash64().add(salt).add(key(text)).value();
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
