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
    protected abstract RowMapper start(Columns columns, ImportSource source, RowSink sink) throws IOException;

    /** Runs after the last row: a format may add what it counted to the report. */
    protected void finish(RowSink sink) {
    }

    /** A header name as this format compares it (RecBole strips the type suffix). */
    protected String columnName(String normalized) {
        return normalized;
    }

    /** Column names for a file published without a header row, or null when its first row is the header. */
    protected List<String> impliedHeader(Sniff sniff) {
        return null;
    }

    @Override
    public final void read(ImportSource source, RowSink sink) throws IOException {
        Sniff sniff = source.sniff();
        char sep = sniff.separator();
        List<String> implied = impliedHeader(sniff);
        try (CsvReader reader = new CsvReader(source.stream(), sep, sep != '\t')) {
            List<String> names = implied != null ? implied : header(reader, source, sink);
            if (implied != null) {
                sink.note("no header row: the columns are read as " + String.join(", ", implied));
            }
            Columns columns = new Columns(source.fileName(), names);
            RowMapper mapper = start(columns, source, sink);
            Values values = new Values(reader, columns, sep == '\t');
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
            if (values.unquoted() > 0) {
                long n = values.unquoted();
                sink.note(String.format(java.util.Locale.ROOT, "%,d value%s wrapped in quotes (CSV quoting in a"
                        + " tab-separated file) %s read without %s quotes", n, n == 1 ? "" : "s", n == 1 ? "was" : "were",
                        n == 1 ? "its" : "their"));
            }
            finish(sink);
        }
    }

    /** The header row's column names, after a note row above it (a Meta catalog template's) if there is one. */
    private List<String> header(CsvReader reader, ImportSource source, RowSink sink) throws IOException {
        if (!reader.next()) {
            throw new MerchLabException(source.fileName() + " is empty");
        }
        if (source.sniff().noteRows() > 0) {
            sink.note("line 1 describes the columns (a template's note row) and is not read; the header is line 2");
            if (!reader.next()) {
                throw new MerchLabException(source.fileName() + " has a note row but no header row");
            }
        }
        if (reader.problem() != null) {
            throw new MerchLabException(source.fileName() + ": the header row is malformed: " + reader.problem());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < reader.size(); i++) {
            try {
                names.add(columnName(source.sniff().column(Columns.normalize(reader.text(i, "the header")))));
            } catch (RowProblem e) {
                throw new MerchLabException(source.fileName() + ": " + e.getMessage());
            }
        }
        return names;
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
