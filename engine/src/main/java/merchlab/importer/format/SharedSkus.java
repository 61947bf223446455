package merchlab.importer.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import merchlab.importer.read.CsvReader;
import merchlab.importer.read.RowProblem;

/**
 * The variants of a Shopify product export that share one SKU within their product (a style sold in several sizes
 * under one stock-keeping number), found in a first pass over the file: such variants are one product to the shop,
 * so they are folded into the first of them, and the options in which they differ become lists of choices.
 */
final class SharedSkus {
    /** The variants of one product that share a SKU: how many, and the values of each option among them. */
    static final class Group {
        int count;
        boolean stored;
        final Set<String>[] values;

        @SuppressWarnings("unchecked")
        Group() {
            values = new Set[3];
            for (int i = 0; i < 3; i++) {
                values[i] = new LinkedHashSet<>();
            }
        }

        /** Whether option {@code i} differs between the variants. */
        boolean varies(int i) {
            return values[i].size() > 1;
        }
    }

    private final Map<String, Group> groups;

    private SharedSkus(Map<String, Group> groups) {
        this.groups = groups;
    }

    /** The group of {@code sku} in product {@code handle}, or null when no other variant of it has that SKU. */
    Group of(String handle, String sku) {
        return sku == null ? null : groups.get(handle + '\u0000' + sku);
    }

    /** Reads the file once for the SKUs that repeat within a product; rows that cannot be read are left to the import. */
    static SharedSkus find(ImportSource source, int handle, int sku, int[] options, int width) throws IOException {
        Map<String, Group> all = new HashMap<>();
        if (sku < 0) {
            return new SharedSkus(all);
        }
        char sep = source.sniff().separator();
        try (InputStream in = source.reopen(); CsvReader reader = new CsvReader(in, sep, sep != '\t')) {
            int above = 1 + source.sniff().noteRows();
            while (reader.next()) {
                if (above > 0) {
                    above--;
                    continue;
                }
                if (reader.problem() != null || reader.size() != width) {
                    continue;
                }
                try {
                    String s = reader.text(sku, "Variant SKU").strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    Group g = all.computeIfAbsent(reader.text(handle, "Handle").strip() + '\u0000' + s,
                            k -> new Group());
                    g.count++;
                    for (int i = 0; i < options.length; i++) {
                        if (options[i] >= 0) {
                            String v = reader.text(options[i], "option").strip();
                            if (!v.isEmpty()) {
                                g.values[i].add(v);
                            }
                        }
                    }
                } catch (RowProblem unreadable) {
                    // the import itself rejects this row
                }
            }
        }
        all.values().removeIf(g -> g.count < 2);
        return new SharedSkus(all);
    }
}
