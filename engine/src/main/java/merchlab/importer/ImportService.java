package merchlab.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.format.FileFormat;
import merchlab.importer.format.Formats;
import merchlab.importer.format.ImportSource;
import merchlab.importer.format.Sniff;
import merchlab.importer.read.Inputs;
import merchlab.importer.store.ImportJob;
import merchlab.importer.store.ReportStore;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * Imports catalog, behaviour-log and judgment files into one workspace, previews them, and reads back the stored
 * import reports. Safe to use from one thread at a time per call; every call opens its own connection.
 */
public final class ImportService {
    private static final int PREVIEW_RECORDS = 20;

    private final Workspace workspace;
    private final ImportSettings settings;

    public ImportService(Workspace workspace) {
        this(workspace, ImportSettings.defaults());
    }

    public ImportService(Workspace workspace, ImportSettings settings) {
        this.workspace = workspace;
        this.settings = settings;
    }

    /** Format names a user may pass for {@code kind}. */
    public static List<String> formats(DataKind kind) {
        return Formats.names(kind);
    }

    /**
     * Imports one file: detected (or forced) format, every good row stored in batches, every malformed row reported.
     * A cancelled import returns its report with status {@code cancelled}, the batches before it stored; a failure
     * of the whole file (unreadable, missing required column, workspace busy) is a {@link MerchLabException}.
     */
    public ImportReport run(ImportRequest request, ImportListener listener, CancelToken cancel) {
        return new ImportJob(workspace, settings).run(request, listener, cancel).report();
    }

    /**
     * What {@code file} holds (catalog, events or judgments) as its content shows, or empty when the content does not
     * tell (then the file's name, or the user, has to).
     */
    public static Optional<DataKind> kindOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Formats.kindOf(Sniff.of(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The first records of the request's file as the rows they would become, with the format that reads them; writes
     * nothing.
     */
    public ImportPreview preview(ImportRequest request) {
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("file not found: " + file);
        }
        try {
            Sniff sniff = Sniff.of(file).withColumns(request.columns());
            FileFormat format = Formats.choose(request.format(), sniff, request.kind());
            PreviewSink sink = new PreviewSink(PREVIEW_RECORDS);
            try (InputStream in = Inputs.open(file)) {
                format.read(new ImportSource(in, file, file.getFileName().toString(), sniff), sink);
            } catch (PreviewSink.Full enough) {
                // the preview has its rows
            }
            return sink.preview(format.name());
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * For a delimited file the request cannot read: the closest format and the needed columns its header lacks, to
     * map from the header's own columns ({@link ImportRequest#withColumns}); empty when the file reads as it is.
     */
    public static Optional<ColumnGap> columnGap(ImportRequest request) {
        try {
            return Files.isRegularFile(request.file()) ? Formats.gap(Sniff.of(request.file())
                    .withColumns(request.columns()), request.kind(), request.format()) : Optional.empty();
        } catch (IOException | MerchLabException e) {
            return Optional.empty();
        }
    }

    /** Stored import reports, newest first, each with its first ten rejections. */
    public List<ImportReport> reports() {
        return reports(Integer.MAX_VALUE);
    }

    /**
     * The {@code limit} newest import reports, each with its first ten rejections. A report still marked running
     * while no process holds the workspace's writer lock is shown as {@code interrupted}: its importer was killed
     * (the next import marks it failed for good).
     */
    public List<ImportReport> reports(int limit) {
        List<ImportReport> reports = ReportStore.list(workspace, limit, 10);
        if (reports.stream().noneMatch(r -> r.status().equals("running")) || WriterLock.held(workspace.file())) {
            return reports;
        }
        return reports.stream().map(r -> !r.status().equals("running") ? r : new ImportReport(r.id(), r.file(),
                r.format(), "interrupted", r.accepted(), r.rejected(), r.rejections(), r.seconds())).toList();
    }

    /** The first {@code limit} rejected rows of report {@code reportId}, in file order. */
    public List<Rejection> rejections(long reportId, int limit) {
        return ReportStore.rejections(workspace, reportId, limit);
    }

    /** What report {@code reportId} wrote beyond its counts. */
    public ImportDetails details(long reportId) {
        return ReportStore.details(workspace, reportId);
    }
}
