package merchlab.prepare;

/** Hears how far a preparation has got; called on the preparing thread. */
public interface PrepareListener {
    /** A listener that ignores everything. */
    PrepareListener NONE = (step, fraction) -> { };

    /**
     * @param step     what is being done, in words ("Embedding product text: 400 of 2,000")
     * @param fraction how much of the whole preparation is done, 0 to 1
     */
    void progress(String step, double fraction);
}
