package merchlab.ui;

import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.browse.TestCatalogImporter;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.ui.importer.Importing;
import merchlab.workspace.Workspace;

/**
 * The import dialog's {@link Importing} bound to a small test importer of {@code id,title,brand,price} CSV files
 * ({@link TestCatalogImporter}: real rows, real rejections, cancel at batch boundaries, a stored report).
 */
public final class CsvProductImporting implements Importing {
    public static final String FORMAT = TestCatalogImporter.FORMAT;
    private final TestCatalogImporter importer;

    public CsvProductImporting(int batch) {
        this.importer = new TestCatalogImporter(batch);
    }

    @Override
    public ImportPreview preview(Workspace workspace, ImportRequest request) {
        return importer.preview(request.file());
    }

    @Override
    public ImportReport run(Workspace workspace, ImportRequest request, ImportListener listener, CancelToken cancel) {
        return importer.run(workspace, request, listener, cancel);
    }

    @Override
    public List<String> formats(DataKind kind) {
        return kind == DataKind.CATALOG ? List.of(FORMAT) : List.of();
    }

    /** Writes a products CSV with {@code rows} good rows, then one row with a bad price and one without an id. */
    public static Path writeCatalog(Path file, String prefix, int rows) {
        return TestCatalogImporter.writeCatalog(file, prefix, rows);
    }
}
