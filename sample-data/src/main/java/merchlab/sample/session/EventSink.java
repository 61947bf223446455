package merchlab.sample.session;

/** Receives generated events in time order. */
public interface EventSink extends AutoCloseable {
    void accept(ShopEvent event);

    /** Finishes the output (flushes and closes files). */
    @Override
    void close();
}
