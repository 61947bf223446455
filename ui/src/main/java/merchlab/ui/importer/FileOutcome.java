package merchlab.ui.importer;

import java.nio.file.Path;
import merchlab.importer.ImportReport;
import merchlab.importer.Rejection;

/**
 * What happened to one file of an import run.
 *
 * @param status  {@code completed}, {@code partial} (completed with rejected rows), {@code cancelled} or {@code failed}
 * @param report  the importer's report, or {@code null} when the file stopped before the importer could report
 * @param failure why the file failed, or {@code null}
 */
public record FileOutcome(Path file, String status, ImportReport report, String failure) {
    static FileOutcome reported(Path file, ImportReport report) {
        return new FileOutcome(file, status(report.status(), report.rejected()), report, null);
    }

    /** An import's status as the screens show it: {@code partial} for one that completed with rejected rows. */
    public static String status(String importerStatus, long rejected) {
        return "completed".equals(importerStatus) && rejected > 0 ? "partial" : importerStatus;
    }

    /** A rejected row as the screens show it: the file's own text, or that it was not kept. */
    public static String asWritten(Rejection rejection) {
        return rejection.text() != null ? rejection.text() : "(not kept)";
    }

    static FileOutcome failed(Path file, String reason) {
        return new FileOutcome(file, "failed", null, reason);
    }

    static FileOutcome cancelled(Path file) {
        return new FileOutcome(file, "cancelled", null, null);
    }

    public long accepted() {
        return report == null ? 0 : report.accepted();
    }

    public long rejected() {
        return report == null ? 0 : report.rejected();
    }

    public String format() {
        return report == null ? "" : report.format();
    }

    public double seconds() {
        return report == null ? 0 : report.seconds();
    }

    /** The failure reason, or for a report the count of rejected rows in words. */
    public String note() {
        if (failure != null) {
            return failure;
        }
        return report != null && report.rejected() > 0 ? report.rejected() + " rows rejected" : "";
    }
}
