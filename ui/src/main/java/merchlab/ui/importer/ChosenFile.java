package merchlab.ui.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.importer.DataKind;
import merchlab.importer.ImportRequest;

/**
 * A file chosen for import with what it holds, the format forced for it ("" to detect it), how its kind was found, and
 * its header columns read under other names (the file's name to the name a format reads).
 */
public record ChosenFile(Path path, DataKind kind, String format, KindSource source, Map<String, String> columns) {
    public ChosenFile {
        columns = Map.copyOf(columns);
    }

    /** A file just added: its columns under their own names. */
    public ChosenFile(Path path, DataKind kind, String format, KindSource source) {
        this(path, kind, format, source, Map.of());
    }

    /** How a file's kind was found. */
    public enum KindSource {
        /** From words in the file name, until its content is read. */
        NAME("guessed from its name"),
        /** From its content, by the format that recognised it. */
        CONTENT("detected from its content"),
        /** Chosen by the user; detection leaves it alone. */
        USER("chosen by you");

        private final String words;

        KindSource(String words) {
            this.words = words;
        }

        /** "detected from its content" and the like. */
        public String words() {
            return words;
        }
    }

    ChosenFile withKind(DataKind chosen, KindSource how) {
        return chosen == kind ? new ChosenFile(path, kind, format, how, columns)
                : new ChosenFile(path, chosen, "", how, Map.of());
    }

    ChosenFile withFormat(String chosen) {
        return new ChosenFile(path, kind, chosen, source, columns);
    }

    /** With {@code fileColumn} read as {@code needed} (and no other column read as it); null maps none to it. */
    ChosenFile withColumn(String needed, String fileColumn) {
        Map<String, String> mapped = new LinkedHashMap<>(columns);
        mapped.values().removeIf(needed::equals);
        if (fileColumn != null && !fileColumn.isBlank()) {
            mapped.put(fileColumn, needed);
        }
        return new ChosenFile(path, kind, format, source, mapped);
    }

    /** The file's column read as {@code needed}, or {@code null}. */
    public String columnFor(String needed) {
        return columns.entrySet().stream().filter(e -> e.getValue().equals(needed)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The import of this file as chosen. */
    ImportRequest request(boolean pseudonymize) {
        return new ImportRequest(path, kind, format.isEmpty() ? null : format, pseudonymize, false, columns);
    }
}
