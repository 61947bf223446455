package merchlab.prepare;

import java.util.List;

/**
 * What a preparation did.
 *
 * @param encoders      the encoders the products are embedded with, the main one first
 * @param embedded      product vectors made now (new or changed text)
 * @param reused        product vectors still valid from an earlier run
 * @param searchIndexed products (re)indexed for full-text search now
 * @param trained       the models trained now, in training order
 * @param kept          the default kinds that already had a saved model, so were not trained again
 * @param notes         things the user should know (a kind that could not be trained on this log, and why)
 * @param seconds       wall-clock time of the whole preparation
 */
public record PrepareReport(List<String> encoders, int embedded, int reused, int searchIndexed, List<Trained> trained,
                            List<String> kept, List<String> notes, double seconds) {
    public PrepareReport {
        encoders = List.copyOf(encoders);
        trained = List.copyOf(trained);
        kept = List.copyOf(kept);
        notes = List.copyOf(notes);
    }

    /** One model trained by the preparation. */
    public record Trained(String model, String kind, String device, double seconds) {
    }
}
