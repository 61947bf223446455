package merchlab.bench.sequence;

import java.nio.file.Files;
import java.nio.file.Path;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeService;
import merchlab.workspace.Workspace;

/**
 * MovieLens-100k in a workspace, the way a user gets it there: {@code ml-100k.item} imported as the catalog,
 * {@code ml-100k.inter} as events (each rating a purchase, as RecBole counts them), the products encoded.
 */
final class MovieLensWorkspace {
    private MovieLensWorkspace() {
    }

    /** Imports and encodes the data set into a new workspace at {@code file}. */
    static Workspace build(Path data, Path file, String encoder) {
        Path items = data.resolve("ml-100k.item");
        Path ratings = data.resolve("ml-100k.inter");
        if (!Files.isRegularFile(items) || !Files.isRegularFile(ratings)) {
            throw new MerchLabException("no ml-100k.item and ml-100k.inter in " + data
                    + ": point --data at RecBole's ml-100k folder");
        }
        Workspace ws = Workspace.open(file);
        ImportService importer = new ImportService(ws);
        for (ImportRequest r : new ImportRequest[] {ImportRequest.of(items, DataKind.CATALOG),
            ImportRequest.of(ratings, DataKind.EVENTS)}) {
            ImportReport report = importer.run(r, ImportListener.NONE, CancelToken.none());
            System.err.println("imported " + r.file().getFileName() + ": " + report.accepted() + " rows, "
                    + report.rejected() + " rejected");
        }
        EncodeService.create(ws).encode(encoder, EncodeListener.NONE, CancelToken.none());
        return ws;
    }
}
