package merchlab.importer;

/** A row that did not land, with where it was and why. */
public record Rejection(String file, long line, String reason) {
}
