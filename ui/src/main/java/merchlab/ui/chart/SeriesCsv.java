package merchlab.ui.chart;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import merchlab.MerchLabException;

/** Writes a chart's curves as CSV: one row per point with the series name, x, y and the band edges. */
public final class SeriesCsv {
    private SeriesCsv() {
    }

    /** Writes {@code series} to {@code file} (replacing it) with the axis names as column headers. */
    public static Path write(List<Series> series, String xName, String yName, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("series," + quote(xName) + "," + quote(yName) + ",low,high\n");
            for (Series s : series) {
                for (int i = 0; i < s.size(); i++) {
                    out.write(quote(s.name()) + "," + number(s.x()[i]) + "," + number(s.y()[i]) + ","
                            + (s.hasBand() ? number(s.low()[i]) + "," + number(s.high()[i]) : ",") + "\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new MerchLabException("cannot write chart data to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
