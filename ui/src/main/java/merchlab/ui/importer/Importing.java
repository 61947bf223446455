package merchlab.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import merchlab.CancelToken;
import merchlab.importer.ColumnGap;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.workspace.Workspace;

/**
 * The importers as the import dialog needs them; the composition root binds it to the engine's import service.
 * Every method is called on a background thread.
 */
public interface Importing {
    /**
     * The first rows of the request's file as the detected (or forced) format reads them, its columns mapped as the
     * request says, for an import into {@code workspace}; writes nothing.
     */
    ImportPreview preview(Workspace workspace, ImportRequest request);

    /** Imports one file into {@code workspace}, reporting progress and stopping at a batch boundary when cancelled. */
    ImportReport run(Workspace workspace, ImportRequest request, ImportListener listener, CancelToken cancel);

    /**
     * For a delimited file the request cannot read: the closest format and the needed columns its header lacks;
     * empty when the file reads as it is (or only detection is offered).
     */
    default Optional<ColumnGap> columnGap(ImportRequest request) {
        return Optional.empty();
    }

    /** What {@code file} holds as its content shows, or empty when the content does not tell. */
    default Optional<DataKind> kindOf(Path file) {
        return Optional.empty();
    }

    /** Format names a user may force for {@code kind}; empty when only detection is offered. */
    default List<String> formats(DataKind kind) {
        return List.of();
    }
}
