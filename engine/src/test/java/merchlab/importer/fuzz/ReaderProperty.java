package merchlab.importer.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import merchlab.MerchLabException;
import merchlab.importer.format.FileFormat;
import merchlab.importer.format.Formats;
import merchlab.importer.format.ImportSource;
import merchlab.importer.format.Sniff;
import merchlab.importer.read.Inputs;

/**
 * The property every reader keeps on any bytes: nothing escapes but a row-level problem (in the sink) or a clear
 * whole-file error; the rows it emits are bounded by the input's size; and every accepted row, written back in
 * MerchLab's own format, reads again to the same values.
 */
final class ReaderProperty {
    private static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("merchlab-fuzz");
            FOLDER.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReaderProperty() {
    }

    /** Reads {@code data} as file {@code fileName} in format {@code format} and checks the property. */
    static void check(String format, String fileName, byte[] data) {
        RecordingSink sink = read(format, fileName, data);
        if (sink == null) {
            return;
        }
        RecordingSink.check(sink.rowsSeen <= data.length + 1L, sink.rowsSeen + " rows from " + data.length + " bytes");
        if (!sink.events.isEmpty()) {
            RecordingSink again = reread("events-csv", "again-events.csv", ShopFileWriter.eventsCsv(sink.events));
            RecordingSink.check(Objects.equals(sink.events, again.events),
                    "events re-read differently:\n" + sink.events + "\n" + again.events);
        }
        if (!sink.products.isEmpty()) {
            RecordingSink again = reread("merchant-jsonl", "again-catalog.jsonl",
                    ShopFileWriter.merchantJsonl(sink.products));
            RecordingSink.check(Objects.equals(sink.products.stream().map(ReaderProperty::asMerchantReadsIt).toList(),
                            again.products),
                    "products re-read differently:\n" + sink.products + "\n" + again.products);
        }
        if (!sink.judgments.isEmpty()) {
            RecordingSink again = reread("judgments-csv", "again-judgments.csv",
                    ShopFileWriter.judgmentsCsv(sink.judgments));
            RecordingSink.check(Objects.equals(sink.judgments, again.judgments),
                    "judgments re-read differently:\n" + sink.judgments + "\n" + again.judgments);
        }
    }

    /**
     * {@code p} as it comes back from Merchant Center JSON Lines: attributes named like a field that reader gives a
     * meaning (a RecBole column called {@code color} or {@code google_product_category} is only an attribute there)
     * are not written (see {@link ShopFileWriter#SPECIAL}), so they are not expected back either.
     */
    private static merchlab.catalog.Product asMerchantReadsIt(merchlab.catalog.Product p) {
        java.util.Map<String, String> kept = new java.util.TreeMap<>(p.attributes());
        kept.keySet().removeAll(ShopFileWriter.SPECIAL);
        return new merchlab.catalog.Product(p.id(), p.title(), p.description(), p.brand(), p.category(), p.price(),
                p.currency(), p.salePrice(), p.availability(), p.color(), p.size(), p.material(), p.gender(), p.link(),
                p.imageLink(), p.itemGroupId(), kept);
    }

    /** The sniff of {@code data} under {@code fileName}, and detection for every kind: only clear errors escape. */
    static void checkDetection(String fileName, byte[] data) {
        Sniff sniff = Sniff.of(fileName, data);
        sniff.header();
        sniff.separator();
        for (merchlab.importer.DataKind kind : merchlab.importer.DataKind.values()) {
            try {
                Formats.detect(sniff, kind);
            } catch (MerchLabException e) {
                RecordingSink.message("detection error", e.getMessage());
            }
        }
    }

    private static RecordingSink reread(String format, String fileName, String text) {
        RecordingSink again = read(format, fileName, text.getBytes(StandardCharsets.UTF_8));
        RecordingSink.check(again != null, "the rows written back in " + format + " are refused as a whole:\n" + text);
        RecordingSink.check(again.records == again.events.size() + again.products.size() + again.judgments.size()
                || format.equals("events-csv") && again.records == again.events.size(),
                "rows written back in " + format + " are rejected:\n" + text);
        return again;
    }

    /** The sink after reading, or null when the file was refused as a whole with a clear message. */
    private static RecordingSink read(String format, String fileName, byte[] data) {
        Path file = FOLDER.resolve(fileName);
        RecordingSink sink = new RecordingSink();
        try {
            Files.write(file, data);
            FileFormat f = Formats.create(format);
            Sniff sniff = Sniff.of(file);
            try (InputStream in = Inputs.open(file)) {
                f.read(new ImportSource(in, file, fileName, sniff), sink);
            }
        } catch (MerchLabException e) {
            RecordingSink.message("whole-file error", e.getMessage());
            return null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        sink.finish();
        return sink;
    }
}
