package merchlab.importer.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.importer.ColumnGap;
import merchlab.importer.DataKind;

/** Every format MerchLab imports, found by name or recognised from a file's first bytes. */
public final class Formats {
    private static final List<Supplier<FileFormat>> ALL = List.of(MerchantCsvFormat::new, MerchantJsonlFormat::new,
            MerchantXmlFormat::new, ShopifyProductsFormat::new, WooCommerceProductsFormat::new, EventsCsvFormat::new,
            ShopifyOrdersFormat::new, Ga4JsonlFormat::new, UbiFormat::new, Rees46CsvFormat::new,
            RetailrocketEventsFormat::new, TaobaoBehaviourFormat::new, RecboleFormat::new, SequenceLinesFormat::new,
            ItemAttributesJsonFormat::new, JudgmentsCsvFormat::new, OpenSearchJudgmentsFormat::new,
            CampaignsCsvFormat::new);

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
            String other = OtherFiles.describe(sniff);
            if (other != null) {
                throw new MerchLabException(other);
            }
            if (sniff.isXml() && !f.name().equals(MerchantXmlFormat.NAME)) {
                throw new MerchLabException(sniff.fileName() + " is an XML file, which " + f.name() + " does not read"
                        + " (XML product feeds are read as " + MerchantXmlFormat.NAME + ")");
            }
            if (!f.kinds().contains(kind)) {
                throw new MerchLabException("format " + f.name() + " holds " + kinds(f) + ", not "
                        + kind.name().toLowerCase(Locale.ROOT) + " (formats for that: "
                        + String.join(", ", names(kind)) + ")");
            }
            return f;
        }
        return detect(sniff, kind);
    }

    /**
     * What a file holds, from the format that is surest about {@code sniff}; empty when no format recognises it, when
     * formats of different kinds are equally sure, or when the surest format holds more than one kind.
     */
    public static Optional<DataKind> kindOf(Sniff sniff) {
        if (sniff.text().isBlank() || OtherFiles.describe(sniff) != null) {
            return Optional.empty();
        }
        int bestScore = 0;
        Set<DataKind> kinds = new HashSet<>();
        for (Supplier<FileFormat> s : ALL) {
            FileFormat f = s.get();
            int score = f.recognise(sniff);
            if (score > bestScore) {
                bestScore = score;
                kinds = new HashSet<>(f.kinds());
            } else if (score == bestScore && score > 0) {
                kinds.addAll(f.kinds());
            }
        }
        return kinds.size() == 1 ? Optional.of(kinds.iterator().next()) : Optional.empty();
    }

    /** The format of kind {@code kind} that is surest about {@code sniff}. */
    public static FileFormat detect(Sniff sniff, DataKind kind) {
        if (sniff.text().isBlank()) {
            throw new MerchLabException(sniff.fileName() + " is empty");
        }
        String other = OtherFiles.describe(sniff);
        if (other != null) {
            throw new MerchLabException(other);
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
            if (sniff.isXml()) {
                throw new MerchLabException(sniff.fileName() + " is an XML file but not a Merchant Center feed (RSS 2.0"
                        + " or Atom with g: fields such as g:id), the only XML MerchLab reads");
            }
            String closest = sniff.isJson() ? null : closestInWords(sniff, kind);
            if (closest != null) {
                throw new MerchLabException("cannot tell the format of " + sniff.fileName() + ": " + closest);
            }
            String map = sniff.isJson() ? "" : "map its columns to a format's (--column FILE_COLUMN=NAME) or ";
            throw new MerchLabException("cannot tell the format of " + sniff.fileName() + " from its first line '"
                    + clip(sniff.firstLine()) + "'; " + map + "pass --format (" + String.join(", ", names(kind))
                    + ")");
        }
        if (tied.size() > 1) {
            throw new MerchLabException(sniff.fileName() + " could be any of " + String.join(", ", tied)
                    + "; pass --format to choose");
        }
        return best;
    }

    /**
     * For a delimited file that no format of kind {@code kind} reads (or that the {@code forced} one cannot): the format
     * that comes closest and the needed columns its header lacks, to be mapped from the header's own columns. Empty
     * when the file is read as it is, or is not a delimited file with a header.
     */
    public static Optional<ColumnGap> gap(Sniff sniff, DataKind kind, String forced) {
        if (sniff.text().isBlank() || sniff.isJson() || sniff.isXml() || sniff.firstLineCut()
                || OtherFiles.describe(sniff) != null) {
            return Optional.empty();
        }
        if (forced != null && !forced.isBlank() && !forced.strip().equalsIgnoreCase("auto")) {
            ColumnGap gap = gapOf(create(forced), sniff);
            return gap == null || gap.missing().isEmpty() ? Optional.empty() : Optional.of(gap);
        }
        try {
            detect(sniff, kind);
            return Optional.empty();
        } catch (MerchLabException unread) {
            ColumnGap closest = closest(sniff, kind);
            if (closest != null) {
                return Optional.of(closest);
            }
            return ALL.stream().map(Supplier::get).filter(f -> f.kinds().contains(kind) && !f.neededColumns().isEmpty())
                    .findFirst().map(f -> gapOf(f, sniff));
        }
    }

    /** What {@code format} needs that the header lacks; null for a format without a header. */
    private static ColumnGap gapOf(FileFormat format, Sniff sniff) {
        if (format.neededColumns().isEmpty()) {
            return null;
        }
        List<String> header = sniff.header();
        List<String> missing = new ArrayList<>();
        for (List<String> names : format.neededColumns()) {
            if (names.stream().noneMatch(header::contains)) {
                missing.add(names.get(0));
            }
        }
        return new ColumnGap(format.name(), missing, header);
    }

    /**
     * The header format of kind {@code kind} that has most of its needed columns in the file's header, with the ones
     * it misses; null when no format finds any of its columns there.
     */
    private static ColumnGap closest(Sniff sniff, DataKind kind) {
        ColumnGap best = null;
        int bestFound = 0;
        for (Supplier<FileFormat> s : ALL) {
            FileFormat f = s.get();
            if (!f.kinds().contains(kind) || f.neededColumns().isEmpty()) {
                continue;
            }
            ColumnGap gap = gapOf(f, sniff);
            int found = f.neededColumns().size() - gap.missing().size();
            if (found > bestFound || found == bestFound && found > 0 && gap.missing().size() < best.missing().size()) {
                best = gap;
                bestFound = found;
            }
        }
        return best;
    }

    /** The closest format and the columns it misses, in words; null when no format finds any of its columns. */
    private static String closestInWords(Sniff sniff, DataKind kind) {
        ColumnGap gap = closest(sniff, kind);
        if (gap == null) {
            return null;
        }
        int n = gap.missing().size();
        return "the closest format is " + gap.format() + ", but the header lacks its column" + (n > 1 ? "s " : " ")
                + String.join(", ", gap.missing()) + "; map the header's column" + (n > 1 ? "s to them" : " to it")
                + " (--column NAME=" + gap.missing().get(0) + ") or pass --format";
    }

    private static String kinds(FileFormat f) {
        return String.join(" or ", f.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList());
    }

    private static String clip(String s) {
        return merchlab.importer.read.Numbers.clip(s, 80);
    }
}
