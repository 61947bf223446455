package merchlab.importer;

import java.nio.file.Path;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * A separate importing process for the concurrency and kill tests: {@code ImportProcess WORKSPACE FILE BATCH_ROWS
 * PAUSE_MS DEFER_INDEXES_BYTES} imports FILE as events, pausing after each batch; it prints the outcome, or the failure
 * with how long it waited, and exits 3 on a failure.
 */
public final class ImportProcess {
    private ImportProcess() {
    }

    public static void main(String[] args) {
        Workspace ws = Workspace.open(Path.of(args[0]));
        int batch = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        ImportService service = new ImportService(ws, new ImportSettings(batch, 100, Long.parseLong(args[4])));
        long t0 = System.nanoTime();
        try {
            ImportReport r = service.run(ImportRequest.of(Path.of(args[1]), DataKind.EVENTS), (rows, b, t) -> {
                if (pause > 0) {
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, CancelToken.none());
            System.out.println(r.status() + " " + r.accepted());
        } catch (MerchLabException e) {
            System.err.println("failed after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e.getMessage());
            System.exit(3);
        }
    }
}
