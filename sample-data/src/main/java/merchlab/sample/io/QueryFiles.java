package merchlab.sample.io;

import java.nio.file.Path;
import java.util.List;
import merchlab.csv.CsvWriter;
import merchlab.csv.Decimals;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.query.Judgment;
import merchlab.sample.query.QueryBook;
import merchlab.sample.query.QueryIntent;

/**
 * Writes {@code queries.csv} (each distinct query's true intent) and {@code judgments.csv} (graded products per query)
 * as new queries are registered.
 */
public final class QueryFiles implements QueryBook.Listener, AutoCloseable {
    /** The queries.csv header, in order. */
    public static final List<String> QUERY_COLUMNS = List.of("query", "lang", "kind", "category", "brand", "color",
            "price_min", "price_max", "gender");
    /** The judgments.csv header, in order. */
    public static final List<String> JUDGMENT_COLUMNS = List.of("query", "product_id", "grade");
    private final Vocabulary vocabulary;
    private final CsvWriter queries;
    private final CsvWriter judgments;

    public QueryFiles(Vocabulary vocabulary, Path queriesCsv, Path judgmentsCsv) {
        this.vocabulary = vocabulary;
        this.queries = new CsvWriter(queriesCsv, QUERY_COLUMNS);
        this.judgments = new CsvWriter(judgmentsCsv, JUDGMENT_COLUMNS);
    }

    @Override
    public void newQuery(QueryIntent q, List<Judgment> graded) {
        queries.cell(q.text()).cell(q.lang().code()).cell(q.kind().code())
                .cell(q.leaf() < 0 ? null : vocabulary.path(q.leaf(), q.lang()))
                .cell(q.brand() < 0 ? null : vocabulary.brand(q.brand()).name())
                .cell(q.colour() < 0 ? null : vocabulary.colours().get(q.colour()).in(q.lang()))
                .cell(q.priceMin() == null ? null : Decimals.fixed(q.priceMin(), 0))
                .cell(q.priceMax() == null ? null : Decimals.fixed(q.priceMax(), 0))
                .cell(q.gender().code());
        queries.endRow();
        for (Judgment j : graded) {
            judgments.cell(j.query()).cell(Catalog.id(j.product())).cell(Double.toString(j.grade().gain()));
            judgments.endRow();
        }
    }

    @Override
    public void close() {
        queries.close();
        judgments.close();
    }
}
