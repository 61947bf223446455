package merchlab.features;

import java.util.Map;

/**
 * The fitted feature pipeline: everything learnt from the training logs that features need at scoring time (the
 * position click curve, word weights, product and category counters, the moment they were taken, and each feature's
 * mean and spread). Saved with the model; {@link #bind} applies it to the live catalog with the same code that built
 * the training examples.
 */
public final class FeaturePipeline {
    /** Training examples came from logged result lists with their shown products. */
    public static final String FROM_IMPRESSIONS = "impressions";
    /** Training examples came from engagements with sampled unshown products as negatives. */
    public static final String FROM_SAMPLED_NEGATIVES = "sampled-negatives";

    final FeatureSchema schema;
    final String encoder;
    final String source;
    final PositionCurve curve;
    final Map<String, Float> idf;
    final float unknownIdf;
    final ProductPriors priors;
    final ProductPriors.PriorKeys keys;
    final long referenceTime;
    final float[] mean;
    final float[] std;

    FeaturePipeline(FeatureSchema schema, String encoder, String source, PositionCurve curve, Map<String, Float> idf,
                    float unknownIdf, ProductPriors priors, ProductPriors.PriorKeys keys, long referenceTime,
                    float[] mean, float[] std) {
        this.schema = schema;
        this.encoder = encoder;
        this.source = source;
        this.curve = curve;
        this.idf = Map.copyOf(idf);
        this.unknownIdf = unknownIdf;
        this.priors = priors;
        this.keys = keys;
        this.referenceTime = referenceTime;
        this.mean = mean.clone();
        this.std = std.clone();
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** Name of the text encoder whose embeddings the features hold. */
    public String encoder() {
        return encoder;
    }

    /** {@link #FROM_IMPRESSIONS} or {@link #FROM_SAMPLED_NEGATIVES}. */
    public String source() {
        return source;
    }

    /** The end of the training logs: counters are as of this moment, and scoring measures recency from it. */
    public long referenceTime() {
        return referenceTime;
    }

    /** Training mean of each single-value feature, in row order (the neutral baseline of explanations). */
    public float[] mean() {
        return mean.clone();
    }

    /** Training standard deviation of each single-value feature, in row order. */
    public float[] std() {
        return std.clone();
    }

    /** Click rate of an average product at each position 0..50 in the training logs (0 = unknown position). */
    public float[] positionClickRates() {
        return curve.rates();
    }

    /** Applies the pipeline to a catalog, its embeddings and the query vectors for scoring. */
    public Featurizer bind(ShopCatalog catalog, CatalogVectors vectors, QueryVectors queries) {
        if (vectors.dimension() != schema.embeddingDimension()) {
            throw new merchlab.MerchLabException("the model reads " + schema.embeddingDimension()
                    + "-value embeddings of encoder '" + encoder + "' but the workspace's have " + vectors.dimension()
                    + " (" + vectors.encoder() + "): re-encode with '" + encoder + "' or retrain");
        }
        ProductPriors bound = priors.remap(keys, catalog);
        LexicalMatcher lexical = new LexicalMatcher(idf, unknownIdf, catalog);
        return new Featurizer(this, catalog, vectors, queries, new FeatureCalculator(catalog, vectors, lexical, bound));
    }

    /** Serialised form, stored inside the model's parameters. */
    public byte[] toBytes() {
        return PipelineCodec.write(this);
    }

    /** Reads a pipeline written by {@link #toBytes()}. */
    public static FeaturePipeline fromBytes(byte[] bytes) {
        return PipelineCodec.read(bytes);
    }
}
