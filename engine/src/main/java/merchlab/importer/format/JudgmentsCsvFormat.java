package merchlab.importer.format;

import java.util.List;
import java.util.Set;
import merchlab.importer.DataKind;

/** Relevance judgments as CSV/TSV: {@code query, product_id, grade}, the grade a number or an ESCI letter. */
final class JudgmentsCsvFormat extends DelimitedFormat {
    private static final String[] PRODUCT = {"product_id", "item_id", "doc_id", "docid", "asin", "product"};
    private static final String[] GRADE = {"grade", "rating", "label", "esci_label", "relevance", "judgment", "gain"};

    @Override
    public String name() {
        return "judgments-csv";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.JUDGMENTS);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("query", "query_text", "search_term"), List.of(PRODUCT),
                List.of(GRADE));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson()) {
            return 0;
        }
        List<String> h = sniff.header();
        boolean query = h.contains("query") || h.contains("query_text") || h.contains("search_term");
        boolean product = List.of(PRODUCT).stream().anyMatch(h::contains);
        boolean grade = List.of(GRADE).stream().anyMatch(h::contains);
        return query && product && grade && !h.contains("event_type") ? 9 : 0;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int query = c.require("query", "query_text", "search_term");
        int product = c.require(PRODUCT);
        int grade = c.require(GRADE);
        noteUnused(c, sink);
        return (row, out) -> out.judgment(row.required(query), row.required(product), Grades.parse(row.get(grade)));
    }
}
