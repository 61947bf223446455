package merchlab.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.MerchLabException;
import merchlab.importer.read.CsvReader;

/**
 * Reads labelled service messages from a CSV file with at least the columns {@code instruction} (or {@code message})
 * and {@code intent}; {@code entity_type} and {@code entity_value} are read when present. Rows without a message or
 * an intent are skipped and counted.
 */
public final class ServiceMessages {
    private ServiceMessages() {
    }

    /** The messages of a file and the rows skipped. */
    public record Read(List<LabelledMessage> messages, int skipped) {
    }

    public static Read read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("no such file: " + file);
        }
        try (InputStream in = Files.newInputStream(file); CsvReader csv = new CsvReader(in, ',', true)) {
            if (!csv.next()) {
                throw new MerchLabException(file + " is empty: it needs a header with the columns instruction,intent");
            }
            List<String> header = new ArrayList<>();
            for (int i = 0; i < csv.size(); i++) {
                header.add(csv.isEmpty(i) ? "" : csv.text(i, "header").strip().toLowerCase(Locale.ROOT)
                        .replace("\uFEFF", ""));
            }
            int text = header.indexOf("instruction") >= 0 ? header.indexOf("instruction") : header.indexOf("message");
            int intent = header.indexOf("intent");
            if (text < 0 || intent < 0) {
                throw new MerchLabException(file + " has no " + (text < 0 ? "instruction (or message)" : "")
                        + (text < 0 && intent < 0 ? " and no " : "") + (intent < 0 ? "intent" : "")
                        + " column; it needs the columns instruction,intent (found: "
                        + shorten(String.join(",", header)) + ")");
            }
            int type = header.indexOf("entity_type");
            int value = header.indexOf("entity_value");
            List<LabelledMessage> out = new ArrayList<>();
            int skipped = 0;
            while (csv.next()) {
                try {
                    String t = csv.problem() == null ? field(csv, text) : null;
                    String i = t == null ? null : field(csv, intent);
                    if (t == null || i == null) {
                        skipped++;
                        continue;
                    }
                    out.add(new LabelledMessage(t, i, field(csv, type), field(csv, value)));
                } catch (merchlab.importer.read.RowProblem e) {
                    skipped++;
                }
            }
            return new Read(List.copyOf(out), skipped);
        } catch (NoSuchFileException e) {
            throw new MerchLabException("no such file: " + file, e);
        } catch (IOException | merchlab.importer.read.RowProblem e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String field(CsvReader csv, int i) throws merchlab.importer.read.RowProblem {
        if (i < 0 || i >= csv.size() || csv.isEmpty(i)) {
            return null;
        }
        String v = csv.text(i, "value").strip();
        return v.isEmpty() ? null : v;
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
