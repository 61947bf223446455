package merchlab.importer;

import java.util.List;

/** The first rows of a file as the detected format reads them, for the import dialog. */
public record ImportPreview(String format, List<String> columns, List<List<String>> rows) {
}
