package merchlab.importer;

import java.nio.file.Path;

/**
 * One file to import.
 *
 * @param format       a format name to force, or {@code null} to detect it from the header or first record
 * @param pseudonymize replace shopper ids with a salted hash before they are stored
 */
public record ImportRequest(Path file, DataKind kind, String format, boolean pseudonymize) {
    public static ImportRequest of(Path file, DataKind kind) {
        return new ImportRequest(file, kind, null, false);
    }
}
