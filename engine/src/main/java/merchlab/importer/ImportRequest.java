package merchlab.importer;

import java.nio.file.Path;
import java.util.Map;

/**
 * One file to import.
 *
 * @param format       a format name to force, or {@code null} to detect it from the header or first record
 * @param pseudonymize   replace shopper ids with a salted hash before they are stored
 * @param keepShopperIds store shopper ids as they are even where the format names shoppers by personal data (the
 *                       e-mail addresses of a Shopify orders export), which is otherwise pseudonymised
 * @param columns        header columns of the file read under another name: the file's name to the name a format
 *                       reads ({@code sku} to {@code id}), for a file whose header a format does not know
 */
public record ImportRequest(Path file, DataKind kind, String format, boolean pseudonymize, boolean keepShopperIds,
                            Map<String, String> columns) {
    public ImportRequest {
        if (pseudonymize && keepShopperIds) {
            throw new IllegalArgumentException("an import either pseudonymises shopper ids or keeps them");
        }
        columns = Map.copyOf(columns);
    }

    /** A request that reads the file's columns under their own names. */
    public ImportRequest(Path file, DataKind kind, String format, boolean pseudonymize, boolean keepShopperIds) {
        this(file, kind, format, pseudonymize, keepShopperIds, Map.of());
    }

    /** A request that pseudonymises shopper ids where asked, and where the format names shoppers by personal data. */
    public ImportRequest(Path file, DataKind kind, String format, boolean pseudonymize) {
        this(file, kind, format, pseudonymize, false);
    }

    /** The same request with header columns read under other names (see {@link #columns()}). */
    public ImportRequest withColumns(Map<String, String> renamed) {
        return new ImportRequest(file, kind, format, pseudonymize, keepShopperIds, renamed);
    }

    public static ImportRequest of(Path file, DataKind kind) {
        return new ImportRequest(file, kind, null, false);
    }

    /** Whether shopper ids of a file in {@code format} are pseudonymised by this import. */
    public boolean pseudonymizes(merchlab.importer.format.FileFormat format) {
        return pseudonymize || format.namesShoppers() && !keepShopperIds;
    }
}
