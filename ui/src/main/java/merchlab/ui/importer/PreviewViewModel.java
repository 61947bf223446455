package merchlab.ui.importer;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import merchlab.MerchLabException;
import merchlab.importer.ColumnGap;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportRequest;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.TaskRunner;
import merchlab.workspace.Workspace;

/**
 * The import dialog's preview: the first rows of one file as the detected (or forced) format reads them, or why it
 * cannot be read. A newer request always wins over an older one still being read.
 */
public final class PreviewViewModel {
    static final String NOTHING = "Add files to see their first rows";

    // properties
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NOTHING);
    private final ReadOnlyObjectWrapper<ColumnGap> columnGap = new ReadOnlyObjectWrapper<>(this, "columnGap");

    private final TaskRunner tasks;
    private final Importing importing;
    private final Workspace workspace;
    private int generation;

    /** Previews files for an import into {@code workspace}. */
    public PreviewViewModel(TaskRunner tasks, Importing importing, Workspace workspace) {
        this.tasks = tasks;
        this.importing = importing;
        this.workspace = workspace;
    }

    /** The file previewed, or {@code null}. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Its first rows, or {@code null} while none could be read. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Detected format: …", "Reading …", or why the file cannot be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * For a delimited file whose header the importers do not read as it is: the closest format, the needed columns the
     * header lacks and the header's own names to map them from; {@code null} when the file reads as it is.
     */
    public ReadOnlyObjectProperty<ColumnGap> columnGapProperty() {
        return columnGap.getReadOnlyProperty();
    }

    // commands

    /** Reads the first rows of the request's file in the background, and what its header lacks as it is. */
    public void show(ImportRequest request) {
        Path shown = request.file();
        file.set(shown);
        int asked = ++generation;
        message.set("Reading " + shown.getFileName() + "…");
        tasks.submit("Previewing " + shown.getFileName(), context -> {
            try {
                ImportPreview read = importing.preview(workspace, request);
                // a file read as it is has no gap; one read through mapped columns keeps showing the columns to map
                return new Previewed(read, null, request.columns().isEmpty() ? null : gap(request));
            } catch (MerchLabException e) { // a file the importers cannot read is an answer, not a fault
                return new Previewed(null, e.getMessage(), gap(request));
            }
        }, read -> {
            if (asked == generation) {
                columnGap.set(read.gap());
                preview.set(read.preview());
                message.set(read.preview() == null ? "Cannot read " + shown.getFileName() + ": "
                        + ImportViewModel.inWords(read.problem())
                        : "Detected format: " + read.preview().format() + " · first " + read.preview().rows().size()
                        + " rows of " + shown.getFileName());
            }
        }, error -> {
            if (asked == generation) {
                columnGap.set(null);
                preview.set(null);
                message.set("Cannot read " + shown.getFileName() + ": " + ProblemText.reason(error));
            }
        });
    }

    /** Shows nothing (the last file was removed); a read still running is ignored when it returns. */
    public void clear() {
        generation++;
        file.set(null);
        preview.set(null);
        columnGap.set(null);
        message.set(NOTHING);
    }

    /** What the file's own header lacks for the closest format, before any column is mapped. */
    private ColumnGap gap(ImportRequest request) {
        return importing.columnGap(request.withColumns(Map.of())).orElse(null);
    }

    private record Previewed(ImportPreview preview, String problem, ColumnGap gap) {
    }
}
