package merchlab.importer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.importer.read.CsvReader;
import merchlab.importer.read.RowProblem;

/**
 * The shared reading loop of CSV and TSV formats: header first, then one record per row, each checked for broken
 * quoting, encoding and the number of values before the format maps it.
 */
abstract class DelimitedFormat implements FileFormat {
    /** Reads one data row that has passed the shape checks. */
    interface RowMapper {
        void map(Values row, RowSink sink) throws RowProblem;
    }

    /** Looks at the header and returns how to map the rows; a missing required column is a MerchLabException. */
    protected abstract RowMapper start(Columns columns, ImportSource source, RowSink sink);

    /** A header name as this format compares it (RecBole strips the type suffix). */
    protected String columnName(String normalized) {
        return normalized;
    }

    @Override
    public final void read(ImportSource source, RowSink sink) throws IOException {
        char sep = source.sniff().separator();
        try (CsvReader reader = new CsvReader(source.stream(), sep, sep != '\t')) {
            if (!reader.next()) {
                throw new MerchLabException(source.fileName() + " is empty");
            }
            if (reader.problem() != null) {
                throw new MerchLabException(source.fileName() + ": the header row is malformed: " + reader.problem());
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < reader.size(); i++) {
                try {
                    names.add(columnName(Columns.normalize(reader.text(i, "the header"))));
                } catch (RowProblem e) {
                    throw new MerchLabException(source.fileName() + ": " + e.getMessage());
                }
            }
            Columns columns = new Columns(source.fileName(), names);
            RowMapper mapper = start(columns, source, sink);
            Values values = new Values(reader, columns);
            int width = names.size();
            while (reader.next()) {
                sink.begin(reader.line());
                if (reader.problem() != null) {
                    sink.reject(reader.problem());
                    continue;
                }
                if (reader.size() != width) {
                    sink.reject("expected " + width + " values, found " + reader.size());
                    continue;
                }
                try {
                    mapper.map(values, sink);
                    sink.accept();
                } catch (RowProblem p) {
                    if (p.skipped()) {
                        sink.skip(p.getMessage());
                    } else {
                        sink.reject(p.getMessage());
                    }
                }
            }
        }
    }

    /** Tells the report which columns of the file are not stored. */
    static void noteUnused(Columns columns, RowSink sink) {
        List<String> unused = columns.unused();
        if (!unused.isEmpty()) {
            List<String> shown = unused.stream().limit(10).map(n -> merchlab.importer.read.Numbers.clip(n, 30)).toList();
            sink.note("columns not stored: " + String.join(", ", shown)
                    + (unused.size() > shown.size() ? " and " + (unused.size() - shown.size()) + " more" : ""));
        }
    }
}
