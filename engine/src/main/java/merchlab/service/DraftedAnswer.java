package merchlab.service;

import java.util.Map;

/**
 * An answer drafted from the shop's data, or the reason it goes to a person instead.
 *
 * @param text   the answer, or null when handed off
 * @param reason why a person must answer, or null when answered
 * @param facts  the workspace facts the answer states, by placeholder name ({@code order}, {@code price} ...)
 */
public record DraftedAnswer(String text, String reason, Map<String, String> facts) {
    public DraftedAnswer {
        facts = Map.copyOf(facts);
    }

    static DraftedAnswer handoff(String reason) {
        return new DraftedAnswer(null, reason, Map.of());
    }

    public boolean handedOff() {
        return text == null;
    }
}
