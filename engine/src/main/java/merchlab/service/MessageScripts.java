package merchlab.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The writing systems of a message's letters, to tell when a message is in a script the model never saw. */
final class MessageScripts {
    private MessageScripts() {
    }

    /** The script of a letter; Chinese, Japanese and Korean letters all count as {@code CJK}. */
    static String of(int codePoint) {
        if (merchlab.text.Scripts.isCjk(codePoint)) {
            return "CJK";
        }
        return Character.UnicodeScript.of(codePoint).name();
    }

    /**
     * The script most of the message's letters are written in when that is none of {@code known}, else null (also
     * for a message without letters).
     */
    static String unknownMain(String message, Collection<String> known) {
        Map<String, Integer> counts = new HashMap<>();
        int letters = 0;
        for (int cp : message.codePoints().toArray()) {
            if (Character.isLetter(cp)) {
                counts.merge(of(cp), 1, Integer::sum);
                letters++;
            }
        }
        if (letters == 0 || known.isEmpty()) {
            return null;
        }
        int knownLetters = known.stream().mapToInt(s -> counts.getOrDefault(s, 0)).sum();
        if (knownLetters * 2 >= letters) {
            return null;
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
