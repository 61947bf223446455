package merchlab.ui.chart;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import merchlab.MerchLabException;
import merchlab.csv.CsvWriter;

/** Writes a chart's curves as CSV: one row per point with the series name, x, y and the band edges. */
public final class SeriesCsv {
    private SeriesCsv() {
    }

    /** Writes {@code series} to {@code file} (replacing it) with the axis names as column headers. */
    public static Path write(List<Series> series, String xName, String yName, Path file) {
        try (CsvWriter out = new CsvWriter(file, List.of("series", xName, yName, "low", "high"))) {
            for (Series s : series) {
                for (int i = 0; i < s.size(); i++) {
                    out.cell(s.name()).raw(number(s.x()[i])).raw(number(s.y()[i]))
                            .raw(s.hasBand() ? number(s.low()[i]) : null).raw(s.hasBand() ? number(s.high()[i]) : null)
                            .endRow();
                }
            }
            return file;
        } catch (UncheckedIOException e) {
            throw new MerchLabException("cannot write chart data to " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
