package merchlab.importer.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportSettings;
import merchlab.importer.Rejection;
import merchlab.importer.format.FileFormat;
import merchlab.importer.format.Formats;
import merchlab.importer.format.ImportSource;
import merchlab.importer.format.Sniff;
import merchlab.importer.read.CountingInputStream;
import merchlab.importer.read.Inputs;
import merchlab.workspace.DeferredIndexes;
import merchlab.workspace.StorageFailure;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * One file's import: a reader thread parses the file into batches while this thread writes each batch in its own
 * transaction under the workspace's writer lock, so memory stays constant and a kill loses at most the batch in
 * flight. The report row is updated in the same transaction as the rows it counts.
 */
public final class ImportJob {
    /** Rejected rows of an import whose text is kept beside the reason. */
    static final int REJECTED_TEXT = 1_000;

    /** The salt of shopper pseudonyms, generated once per workspace. */
    public static final String SALT_KEY = "pseudonym_salt";
    private static final Object END = new Object();

    private final Workspace workspace;
    private final ImportSettings settings;
    /** The campaigns in the workspace when the import began, which ad events must name. */
    private volatile Set<String> knownCampaigns = Set.of();

    /** A finished import: its report and everything it counted. */
    public record Outcome(ImportReport report, Totals totals) {
    }

    private record Failure(Throwable error) {
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    public ImportJob(Workspace workspace, ImportSettings settings) {
        this.workspace = workspace;
        this.settings = settings;
    }

    /**
     * Imports {@code request.file()}; a problem with the whole file is a MerchLabException after it is reported, its
     * message free of the file's values when the import pseudonymises shopper ids.
     */
    public Outcome run(ImportRequest request, ImportListener listener, CancelToken cancel) {
        boolean[] pseudonymized = {request.pseudonymize()};
        try {
            return runChecked(request, listener, cancel, pseudonymized);
        } catch (MerchLabException e) {
            if (pseudonymized[0]) {
                throw new MerchLabException(Redaction.of(e.getMessage()));
            }
            throw e;
        }
    }

    private Outcome runChecked(ImportRequest request, ImportListener listener, CancelToken cancel,
                               boolean[] pseudonymized) {
        Path file = request.file();
        Reading reading;
        try {
            reading = reading(request);
        } catch (MerchLabException e) {
            recordFailure(file, request.pseudonymize() ? Redaction.of(e.getMessage()) : e.getMessage());
            throw e;
        }
        FileFormat format = reading.format();
        Sniff sniff = reading.sniff();
        long size = reading.size();
        pseudonymized[0] = request.pseudonymizes(format);
        long started = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Totals totals = new Totals();
        try (WriterLock lock = workspace.lockForWriting(); Connection c = workspace.connectForBulkWrites()) {
            DeferredIndexes.restore(c);
            ReportStore reports = new ReportStore(c);
            reports.failInterrupted(started);
            long id = reports.start(file.toString(), format.name(), started);
            Pseudonymizer pseudonyms = pseudonymized[0] ? Pseudonymizer.forWorkspace(c) : null;
            String status = null;
            Throwable failure = null;
            boolean deferred = false;
            try {
                deferred = request.kind() == DataKind.EVENTS && deferIndexes(c, format, size);
                knownCampaigns = CampaignWriter.storedIds(c);
                status = pump(c, id, reading, pseudonyms, totals, listener, cancel);
            } catch (RuntimeException | SQLException | Error e) {
                failure = e;
            }
            if (deferred) {
                failure = restoreIndexes(c, failure);
            }
            if (failure != null) {
                String reason = reason(failure, file, size - totals.bytes);
                try {
                    reports.finish(id, "failed", System.currentTimeMillis(), reason, totals);
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
                throw new MerchLabException(reason, failure);
            }
            reports.finish(id, status, System.currentTimeMillis(), totals.summary(status), totals);
            if (!pseudonymized[0] && totals.rejected > 0) {
                reports.keepText(id, file, REJECTED_TEXT);
            }
            List<Rejection> first = ReportStore.rejections(c, id, settings.keptRejections());
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Outcome(new ImportReport(id, file.toString(), format.name(), status, totals.accepted,
                    totals.rejected, first, seconds), totals);
        } catch (SQLException e) {
            throw new MerchLabException(StorageFailure.describe(e, workspace.file(), size - totals.bytes)
                    .orElse("cannot write to workspace " + workspace.file().getFileName() + ": " + e.getMessage()), e);
        }
    }

    /** The file's format, what detection saw and its size; a file that cannot be imported at all says why. */
    private static Reading reading(ImportRequest request) {
        Path file = request.file();
        if (Files.isDirectory(file)) {
            throw new MerchLabException(file + " is a folder, not a file: name the files in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("file not found: " + file);
        }
        Sniff sniff;
        long size;
        try {
            sniff = Sniff.of(file).withColumns(request.columns());
            size = Files.size(file);
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage());
        }
        return new Reading(file, Formats.choose(request.format(), sniff, request.kind()), sniff, size);
    }

    /**
     * Lists a file that could not be imported at all (missing, unreadable, of no format MerchLab reads) among the
     * workspace's imports, with the reason; a workspace that cannot take the note (busy, read-only) goes without it.
     */
    private void recordFailure(Path file, String reason) {
        long now = System.currentTimeMillis();
        try (WriterLock lock = workspace.lockForWriting(); Connection c = workspace.connect()) {
            ReportStore reports = new ReportStore(c);
            reports.finish(reports.start(file.toString(), "", now), "failed", now, reason, new Totals());
        } catch (SQLException | RuntimeException e) {
            // the import's own error is what the user needs; the history simply lacks this attempt
        }
    }

    /**
     * Builds the indexes set aside for this import again; when that fails (a full disk, say) they stay noted as
     * pending for the next writer, and the first failure is the one reported.
     */
    private static Throwable restoreIndexes(Connection c, Throwable failure) {
        try {
            DeferredIndexes.restore(c);
            return failure;
        } catch (SQLException | RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }

    private record Reading(Path file, FileFormat format, Sniff sniff, long size) {
    }

    private String pump(Connection c, long id, Reading r, Pseudonymizer pseudonyms, Totals totals,
                        ImportListener listener, CancelToken cancel) throws SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> read(r, pseudonyms, queue, stop), "merchlab-import-reader");
        reader.setDaemon(true);
        reader.start();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (BatchWriter writer = new BatchWriter(c, id, System.currentTimeMillis())) {
            ReportStore reports = new ReportStore(c);
            while (true) {
                Object item = take(queue);
                if (item == END) {
                    return "completed";
                }
                if (item instanceof Failure f) {
                    throw rethrow(f.error());
                }
                if (cancel.isCancelled()) {
                    return "cancelled";
                }
                Totals pending = totals.copy();
                writer.write((Batch) item, pending);
                reports.progress(id, pending);
                c.commit();
                totals.adopt(pending);
                listener.progress(totals.records, totals.bytes, r.size());
                if (cancel.isCancelled()) {
                    return "cancelled";
                }
            }
        } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
        } finally {
            stop.set(true);
            join(reader);
            c.setAutoCommit(auto);
        }
    }

    /** Rolls back the batch in flight; SQLite may have done so itself (after SQLITE_FULL), which is no new failure. */
    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void read(Reading r, Pseudonymizer pseudonyms, BlockingQueue<Object> queue, AtomicBoolean stop) {
        Object last = END;
        try (InputStream raw = Files.newInputStream(r.file())) {
            CountingInputStream in = new CountingInputStream(raw);
            String name = r.file().getFileName().toString();
            BatchingSink sink = new BatchingSink(name, settings.batchRows(), pseudonyms,
                    in::count, batch -> put(queue, batch, stop));
            sink.adRules(knownCampaigns, settings.maxBid());
            if (pseudonyms != null && r.format().namesShoppers()) {
                sink.note("shoppers are named by e-mail address or phone number here: their ids are pseudonymised"
                        + " (import with --keep-shopper-ids to store them as they are)");
            }
            r.format().read(new ImportSource(Inputs.decompress(r.file(), in), r.file(), name, r.sniff()), sink);
            sink.finish();
        } catch (Stopped s) {
            return;
        } catch (Throwable e) {
            last = new Failure(e);
        }
        try {
            put(queue, last, stop);
        } catch (Stopped ignored) {
            // the writer has stopped and will not look again
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MerchLabException("import interrupted");
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException re) {
            return re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(e);
    }

    private String reason(Throwable e, Path file, long remainingBytes) {
        java.util.Optional<String> storage = StorageFailure.describe(e, workspace.file(), 2 * Math.max(0, remainingBytes));
        if (storage.isPresent()) {
            return storage.get();
        }
        if (e instanceof MerchLabException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException io) {
            return "cannot read " + file + ": " + io.getCause().getMessage();
        }
        if (e instanceof SQLException) {
            return "cannot write to the workspace: " + e.getMessage();
        }
        return "import of " + file.getFileName() + " failed: " + e;
    }

    /** Sets the event indexes aside when this file is large next to the workspace. */
    private boolean deferIndexes(Connection c, FileFormat format, long size) throws SQLException {
        if (!format.kinds().contains(DataKind.EVENTS) || size < settings.deferIndexesBytes()) {
            return false;
        }
        long databaseBytes = Files.exists(workspace.file()) ? sizeOf(workspace.file()) : 0;
        if (size * 2 < databaseBytes) {
            return false;
        }
        return !DeferredIndexes.defer(c, "events").isEmpty();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

}
