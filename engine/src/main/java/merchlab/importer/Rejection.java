package merchlab.importer;

/**
 * A row that did not land, with where it was and why.
 *
 * @param text the row as the file wrote it (its first line, shortened to {@link merchlab.importer.read.SourceLines#MAX_CHARS}
 *             characters), or {@code null} where it was not kept (a pseudonymised import, a file no longer readable)
 */
public record Rejection(String file, long line, String reason, String text) {
    /** A rejection whose text is not (yet) known. */
    public Rejection(String file, long line, String reason) {
        this(file, line, reason, null);
    }
}
