package merchlab.ui.importer;

import java.nio.file.Path;
import merchlab.importer.DataKind;

/**
 * A file chosen for import with what it holds, the format forced for it ("" to detect it), and how its kind was found.
 */
public record ChosenFile(Path path, DataKind kind, String format, KindSource source) {
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
        return new ChosenFile(path, chosen, chosen == kind ? format : "", how);
    }

    ChosenFile withFormat(String chosen) {
        return new ChosenFile(path, kind, chosen, source);
    }

    /** The forced format, or {@code null} to detect it. */
    String formatOrNull() {
        return format.isEmpty() ? null : format;
    }
}
