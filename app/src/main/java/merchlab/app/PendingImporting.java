package merchlab.app;

import java.nio.file.Path;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.ui.importer.Importing;
import merchlab.workspace.Workspace;

/** Stands in for the engine's import service until it is part of the build: every call says so in one line. */
final class PendingImporting implements Importing {
    private static final String WHY = "this build has no file importers yet";

    @Override
    public ImportPreview preview(Workspace workspace, Path file, DataKind kind, String format) {
        throw new MerchLabException(WHY);
    }

    @Override
    public ImportReport run(Workspace workspace, ImportRequest request, ImportListener listener, CancelToken cancel) {
        throw new MerchLabException(WHY);
    }
}
