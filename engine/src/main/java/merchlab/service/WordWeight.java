package merchlab.service;

/**
 * How much one word of a message drove its predicted intent: the drop in the intent's probability when the word is
 * left out (negative when leaving it out makes the intent more likely).
 */
public record WordWeight(String word, int start, int end, double weight) {
}
