package merchlab.app;

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
import merchlab.importer.ImportService;
import merchlab.ui.importer.Importing;
import merchlab.workspace.Workspace;

/** The import dialog's {@link Importing}, bound to the engine's {@link ImportService}. */
final class EngineImporting implements Importing {
    @Override
    public ImportPreview preview(Workspace workspace, ImportRequest request) {
        return new ImportService(workspace).preview(request);
    }

    @Override
    public Optional<ColumnGap> columnGap(ImportRequest request) {
        return ImportService.columnGap(request);
    }

    @Override
    public ImportReport run(Workspace workspace, ImportRequest request, ImportListener listener, CancelToken cancel) {
        return new ImportService(workspace).run(request, listener, cancel);
    }

    @Override
    public Optional<DataKind> kindOf(Path file) {
        return ImportService.kindOf(file);
    }

    @Override
    public List<String> formats(DataKind kind) {
        return ImportService.formats(kind);
    }
}
