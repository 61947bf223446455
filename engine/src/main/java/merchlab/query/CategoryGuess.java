package merchlab.query;

/**
 * A category path the query probably asks for, with its probability.
 */
public record CategoryGuess(String path, double probability) {
}
