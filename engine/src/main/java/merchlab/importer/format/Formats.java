package merchlab.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;

/** Every format MerchLab imports, found by name or recognised from a file's first bytes. */
public final class Formats {
    private static final List<Supplier<FileFormat>> ALL = List.of(MerchantCsvFormat::new, MerchantJsonlFormat::new,
            EventsCsvFormat::new, Ga4JsonlFormat::new, UbiFormat::new, Rees46CsvFormat::new, RecboleFormat::new,
            SequenceLinesFormat::new, ItemAttributesJsonFormat::new, JudgmentsCsvFormat::new,
            OpenSearchJudgmentsFormat::new);

    private Formats() {
    }

    /** Names of all formats, in a stable order. */
    public static List<String> names() {
        return ALL.stream().map(s -> s.get().name()).toList();
    }

    /** Names of the formats that hold {@code kind}. */
    public static List<String> names(DataKind kind) {
        return ALL.stream().map(Supplier::get).filter(f -> f.kinds().contains(kind)).map(FileFormat::name).toList();
    }

    /** A fresh reader of the format called {@code name}. */
    public static FileFormat create(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().map(Supplier::get).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new MerchLabException("unknown format '" + name + "'; known formats: "
                        + String.join(", ", names())));
    }

    /** The format forced by name, checked against {@code kind}, or else the one recognised from {@code sniff}. */
    public static FileFormat choose(String forced, Sniff sniff, DataKind kind) {
        if (forced != null && !forced.isBlank() && !forced.strip().equalsIgnoreCase("auto")) {
            FileFormat f = create(forced);
            if (!f.kinds().contains(kind)) {
                throw new MerchLabException("format " + f.name() + " holds " + kinds(f) + ", not "
                        + kind.name().toLowerCase(Locale.ROOT) + " (formats for that: "
                        + String.join(", ", names(kind)) + ")");
            }
            return f;
        }
        return detect(sniff, kind);
    }

    /** The format of kind {@code kind} that is surest about {@code sniff}. */
    public static FileFormat detect(Sniff sniff, DataKind kind) {
        if (sniff.text().isBlank()) {
            throw new MerchLabException(sniff.fileName() + " is empty");
        }
        FileFormat best = null;
        int bestScore = 0;
        List<String> tied = new ArrayList<>();
        FileFormat otherKind = null;
        for (Supplier<FileFormat> s : ALL) {
            FileFormat f = s.get();
            int score = f.recognise(sniff);
            if (score <= 0) {
                continue;
            }
            if (!f.kinds().contains(kind)) {
                otherKind = otherKind == null ? f : otherKind;
                continue;
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
                tied.clear();
                tied.add(f.name());
            } else if (score == bestScore) {
                tied.add(f.name());
            }
        }
        if (best == null) {
            if (otherKind != null) {
                throw new MerchLabException(sniff.fileName() + " looks like " + otherKind.name() + " ("
                        + kinds(otherKind) + "), not " + kind.name().toLowerCase(Locale.ROOT)
                        + "; import it as " + kinds(otherKind) + " or pass --format");
            }
            if (sniff.firstLineCut()) {
                throw new MerchLabException("the first line of " + sniff.fileName() + " is longer than "
                        + Sniff.HEAD / 1024 + " KiB (no header or record is that long): cannot tell its format; "
                        + "pass --format (" + String.join(", ", names(kind)) + ") if it is right");
            }
            throw new MerchLabException("cannot tell the format of " + sniff.fileName() + " from its first line '"
                    + clip(sniff.firstLine()) + "'; pass --format (" + String.join(", ", names(kind)) + ")");
        }
        if (tied.size() > 1) {
            throw new MerchLabException(sniff.fileName() + " could be any of " + String.join(", ", tied)
                    + "; pass --format to choose");
        }
        return best;
    }

    private static String kinds(FileFormat f) {
        return String.join(" or ", f.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList());
    }

    private static String clip(String s) {
        return merchlab.importer.read.Numbers.clip(s, 80);
    }
}
