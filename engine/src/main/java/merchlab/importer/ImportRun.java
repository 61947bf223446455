package merchlab.importer;

/**
 * One import as the workspace recorded it.
 *
 * @param status     {@code running}, {@code completed}, {@code failed} or {@code cancelled}
 * @param startedAt  epoch milliseconds
 * @param finishedAt epoch milliseconds, or {@code null} while running
 * @param message    the failure reason, or {@code null}
 */
public record ImportRun(long id, String file, String format, String status, long accepted, long rejected,
                        long startedAt, Long finishedAt, String message) {
    /** Seconds the import took, or 0 while it runs. */
    public double seconds() {
        return finishedAt == null ? 0 : (finishedAt - startedAt) / 1000.0;
    }
}
