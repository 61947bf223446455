package merchlab.sample;

/** Receives the generator's progress: what it is doing and how far along the whole job is. */
@FunctionalInterface
public interface GenerationListener {
    /** A listener that ignores progress. */
    GenerationListener NONE = (stage, fraction) -> { };

    /**
     * @param stage    what is being written, for example {@code "behaviour: day 3 of 30"}
     * @param fraction the share of the whole job done, 0 to 1
     */
    void progress(String stage, double fraction);
}
