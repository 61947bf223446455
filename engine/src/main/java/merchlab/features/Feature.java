package merchlab.features;

/**
 * One named input of the ranker: a slice of the feature vector, a single value or a whole text embedding.
 *
 * @param name        stable name, for example {@code query_cosine} or {@code product_embedding}
 * @param group       the group it is explained under
 * @param offset      index of its first value in a feature row
 * @param width       number of values: 1 for a plain feature, the encoder's dimension for an embedding
 * @param description one sentence in the shop's terms
 */
public record Feature(String name, FeatureGroup group, int offset, int width, String description) {
    /** Whether this feature is a text embedding rather than a single value. */
    public boolean isEmbedding() {
        return width > 1;
    }
}
