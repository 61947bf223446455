package merchlab.service;

import java.util.List;

/**
 * What the shopper service makes of one message: the intent and its calibrated confidence, the entities, the drafted
 * answer or the reason a person must answer, and the words that drove the intent.
 *
 * @param language   {@code en} or {@code zh}: the language of the answer
 * @param handoff    whether a person must answer
 * @param reason     why, or null when answered
 * @param answer     the drafted answer, or null when handed off
 * @param facts      the workspace facts the answer states
 */
public record ServiceAnswer(String message, String intent, double confidence, String language,
                            List<Entity> entities, boolean handoff, String reason, String answer,
                            java.util.Map<String, String> facts, List<WordWeight> words) {
    public ServiceAnswer {
        entities = List.copyOf(entities);
        words = List.copyOf(words);
        facts = java.util.Map.copyOf(facts);
    }
}
