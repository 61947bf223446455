package merchlab.text;

/**
 * What an encoding job did.
 *
 * @param encoder   the workspace's main encoder (recorded for the workspace; ranking models use its vectors)
 * @param automatic true when the encoder was chosen from the catalog's text ({@code --encoder auto})
 * @param cjkShare  the share of CJK letters in the catalog text
 * @param products  products in the catalog
 * @param embedded  product vectors made now (new or changed text), over all encoders
 * @param reused    product vectors whose cached value was still valid, over all encoders
 * @param removed   cached vectors dropped because their product is gone
 * @param emptyText products without any text (given the zero vector)
 * @param seconds   wall-clock time of the job
 * @param encoders  every encoder products are now embedded with for search, the main one first
 * @param secondsByEncoder wall-clock time spent on each encoder
 */
public record EncodeReport(String encoder, boolean automatic, double cjkShare, int products, int embedded, int reused,
                           int removed, int emptyText, double seconds, java.util.List<String> encoders,
                           java.util.Map<String, Double> secondsByEncoder) {
    public EncodeReport {
        encoders = java.util.List.copyOf(encoders);
        secondsByEncoder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secondsByEncoder));
    }
}
