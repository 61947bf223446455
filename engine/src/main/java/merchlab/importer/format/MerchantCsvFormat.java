package merchlab.importer.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.importer.DataKind;

/** A product feed as CSV or TSV with a header row in the Google Merchant Center vocabulary. */
final class MerchantCsvFormat extends DelimitedFormat {
    @Override
    public String name() {
        return "merchant-csv";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CATALOG);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("id"), List.of("title"));
    }

    @Override
    protected String columnName(String normalized) {
        return MerchantFields.ALIASES.getOrDefault(normalized, normalized);
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson() || sniff.isXml()) {
            return 0;
        }
        List<String> h = sniff.header().stream().map(this::columnName).toList();
        if (!h.contains("id") || h.stream().anyMatch(c -> c.contains(":"))) {
            return 0;
        }
        long known = h.stream().filter(MerchantFields.VOCABULARY::contains).count();
        return h.contains("title") ? 8 : known >= 2 ? 5 : 0;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        c.require("id");
        c.require("title");
        for (int i = 0; i < c.size(); i++) {
            c.find(c.name(i));
        }
        return (row, out) -> {
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v != null && !row.name(i).isEmpty()) {
                    fields.putIfAbsent(row.name(i), v);
                }
            }
            out.product(MerchantFields.product(fields));
        };
    }
}
