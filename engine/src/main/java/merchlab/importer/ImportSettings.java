package merchlab.importer;

/**
 * How imports run.
 *
 * @param batchRows          rows written per transaction (a kill loses at most the batch in flight)
 * @param keptRejections     rejected rows returned in a report (all of them are stored in the workspace)
 * @param deferIndexesBytes  event files at least this large, and at least half the workspace's size, are imported
 *                           with the event indexes set aside and built again at the end (faster than row by row)
 * @param maxBid             the highest bid per click a campaigns file may give, in the shop's currency; a row above
 *                           it is rejected as absurd (a misplaced decimal point, cents in a currency column)
 */
public record ImportSettings(int batchRows, int keptRejections, long deferIndexesBytes, double maxBid) {
    /** The bid cap of {@link #defaults()}. */
    public static final double DEFAULT_MAX_BID = 100.0;

    public ImportSettings {
        if (batchRows < 1 || keptRejections < 0 || deferIndexesBytes < 0) {
            throw new IllegalArgumentException("batchRows must be positive, the others not negative");
        }
        if (!(maxBid > 0) || Double.isInfinite(maxBid)) {
            throw new IllegalArgumentException("the bid cap must be a positive number, got " + maxBid);
        }
    }

    /** Settings with the default bid cap. */
    public ImportSettings(int batchRows, int keptRejections, long deferIndexesBytes) {
        this(batchRows, keptRejections, deferIndexesBytes, DEFAULT_MAX_BID);
    }

    /**
     * 20,000 rows a batch, the first 100 rejections in a report, indexes set aside for event files of 8 MiB or more,
     * bids up to 100.00 a click.
     */
    public static ImportSettings defaults() {
        return new ImportSettings(20_000, 100, 8L << 20, DEFAULT_MAX_BID);
    }

    /** The same settings with another batch size. */
    public ImportSettings withBatchRows(int rows) {
        return new ImportSettings(rows, keptRejections, deferIndexesBytes, maxBid);
    }

    /** The same settings with another bid cap. */
    public ImportSettings withMaxBid(double cap) {
        return new ImportSettings(batchRows, keptRejections, deferIndexesBytes, cap);
    }
}
