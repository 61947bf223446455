package merchlab.importer.format;

import java.util.HashMap;
import java.util.Map;
import merchlab.catalog.Product;
import merchlab.importer.read.RowProblem;

/**
 * The Merchant Center feed vocabulary for readers outside the importer (a batch job that reads a feed itself): which
 * field a column header names, and the product of one row, exactly as {@code import} reads a {@code merchant-csv} row.
 */
public final class MerchantFeed {
    private MerchantFeed() {
    }

    /** The field a header names: compared ignoring case, spaces and dashes, with the aliases shops use resolved. */
    public static String field(String header) {
        String n = Columns.normalize(header);
        return MerchantFields.ALIASES.getOrDefault(n, n);
    }

    /**
     * The product of one row, keyed by header (as written in the file); blank values count as missing and the first
     * of two headers naming one field wins. A row without an id or a title is a {@link RowProblem}.
     */
    public static Product product(Map<String, String> row) throws RowProblem {
        Map<String, String> fields = new HashMap<>();
        row.forEach((header, value) -> {
            String name = field(header);
            if (value != null && !value.isBlank() && !name.isEmpty()) {
                fields.putIfAbsent(name, value.strip());
            }
        });
        return MerchantFields.product(fields);
    }
}
