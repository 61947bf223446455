package merchlab.importer.read;

/**
 * Why one row of an import file cannot be stored, in words a shop person understands; carries no stack trace.
 */
public final class RowProblem extends Exception {
    private final boolean skipped;

    /** A malformed row: it is rejected and listed in the import report. */
    public RowProblem(String reason) {
        this(reason, false);
    }

    private RowProblem(String reason, boolean skipped) {
        super(reason, null, false, false);
        this.skipped = skipped;
    }

    /** A well-formed row that holds nothing MerchLab stores (a page view, say): counted as skipped, by reason. */
    public static RowProblem skip(String reason) {
        return new RowProblem(reason, true);
    }

    /** Whether the row is skipped rather than rejected. */
    public boolean skipped() {
        return skipped;
    }
}
