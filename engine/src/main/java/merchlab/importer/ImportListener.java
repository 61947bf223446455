package merchlab.importer;

/** Hears how far an import has got; called from the importing thread at batch boundaries. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (rows, bytes, totalBytes) -> { };

    /** {@code bytes} of {@code totalBytes} read so far, {@code rows} rows seen. */
    void progress(long rows, long bytes, long totalBytes);
}
