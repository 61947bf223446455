package merchlab.importer;

import java.nio.file.Path;

/**
 * One file to import.
 *
 * @param format       a format name to force, or {@code null} to detect it from the header or first record
 * @param pseudonymize   replace shopper ids with a salted hash before they are stored
 * @param keepShopperIds store shopper ids as they are even where the format names shoppers by personal data (the
 *                       e-mail addresses of a Shopify orders export), which is otherwise pseudonymised
 */
public record ImportRequest(Path file, DataKind kind, String format, boolean pseudonymize, boolean keepShopperIds) {
    public ImportRequest {
        if (pseudonymize && keepShopperIds) {
            throw new IllegalArgumentException("an import either pseudonymises shopper ids or keeps them");
        }
    }

    /** A request that pseudonymises shopper ids where asked, and where the format names shoppers by personal data. */
    public ImportRequest(Path file, DataKind kind, String format, boolean pseudonymize) {
        this(file, kind, format, pseudonymize, false);
    }

    public static ImportRequest of(Path file, DataKind kind) {
        return new ImportRequest(file, kind, null, false);
    }

    /** Whether shopper ids of a file in {@code format} are pseudonymised by this import. */
    public boolean pseudonymizes(merchlab.importer.format.FileFormat format) {
        return pseudonymize || format.namesShoppers() && !keepShopperIds;
    }
}
