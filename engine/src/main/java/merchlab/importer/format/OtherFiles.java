package merchlab.importer.format;

import java.util.Locale;

/**
 * Files that hold no importable rows as they are: spreadsheets, archives and web pages, told by their first bytes so
 * that the message says what the file is and what to do with it instead of naming a column it lacks.
 */
final class OtherFiles {
    private OtherFiles() {
    }

    /** What the sniffed file is and what to do, or null when it may be a data file. */
    static String describe(Sniff sniff) {
        byte[] m = sniff.magic();
        String name = sniff.fileName();
        if (starts(m, 0x50, 0x4B, 0x03, 0x04)) {
            String ext = sniff.extension();
            String text = sniff.text();
            if (ext.equals("xlsx") || text.contains("xl/") || text.contains("[Content_Types].xml") && ext.startsWith("xls")) {
                return name + " is an Excel workbook (xlsx), not a data file: save its sheet as CSV UTF-8 (or export the"
                        + " data as CSV from the shop) and import that";
            }
            if (ext.equals("ods") || text.contains("opendocument.spreadsheet")) {
                return name + " is an OpenDocument spreadsheet (ods): save its sheet as CSV UTF-8 and import that";
            }
            return name + " is a zip archive: unzip it and import the files inside";
        }
        if (starts(m, 0xD0, 0xCF, 0x11, 0xE0)) {
            return name + " is an Excel 97-2003 workbook (xls): save its sheet as CSV UTF-8 and import that";
        }
        String archive = archive(m);
        if (archive != null) {
            return name + " is a " + archive + " archive: unpack it and import the files inside (only gzip is read as"
                    + " it is)";
        }
        String start = sniff.text().stripLeading();
        String lower = start.substring(0, Math.min(start.length(), 512)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<?xml") && lower.contains("<html")) {
            return name + " is a web page (HTML), not a data file: download the export itself (a link that needs a"
                    + " login saves the login page instead)";
        }
        return null;
    }

    private static String archive(byte[] m) {
        if (starts(m, 'B', 'Z', 'h')) {
            return "bzip2";
        }
        if (starts(m, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return "xz";
        }
        if (starts(m, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7-Zip";
        }
        if (starts(m, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "Zstandard";
        }
        if (starts(m, 'R', 'a', 'r', '!')) {
            return "RAR";
        }
        return null;
    }

    private static boolean starts(byte[] m, int... bytes) {
        if (m.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((m[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
