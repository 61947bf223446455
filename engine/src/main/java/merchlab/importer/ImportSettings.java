package merchlab.importer;

/**
 * How imports run.
 *
 * @param batchRows          rows written per transaction (a kill loses at most the batch in flight)
 * @param keptRejections     rejected rows returned in a report (all of them are stored in the workspace)
 * @param deferIndexesBytes  event files at least this large, and at least half the workspace's size, are imported
 *                           with the event indexes set aside and built again at the end (faster than row by row)
 */
public record ImportSettings(int batchRows, int keptRejections, long deferIndexesBytes) {
    public ImportSettings {
        if (batchRows < 1 || keptRejections < 0 || deferIndexesBytes < 0) {
            throw new IllegalArgumentException("batchRows must be positive, the others not negative");
        }
    }

    /** 20,000 rows a batch, the first 100 rejections in a report, indexes set aside for event files of 8 MiB or more. */
    public static ImportSettings defaults() {
        return new ImportSettings(20_000, 100, 8L << 20);
    }

    /** The same settings with another batch size. */
    public ImportSettings withBatchRows(int rows) {
        return new ImportSettings(rows, keptRejections, deferIndexesBytes);
    }
}
