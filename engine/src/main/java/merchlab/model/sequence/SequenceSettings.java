package merchlab.model.sequence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sequence recommender's own settings, next to the shared {@link merchlab.model.TrainingSettings}.
 *
 * @param dimension          width of product and history vectors
 * @param layers             self-attention blocks
 * @param heads              attention heads per block (must divide {@code dimension})
 * @param maxHistory         most recent products of a shopper the encoder reads
 * @param objective          {@code next}: predict each next product from the products before it (causal attention,
 *                           for logs whose order matters); {@code masked}: hide a share of a shopper's products and
 *                           predict them from all the others (bidirectional attention, BERT4Rec-style, for
 *                           protocols that hold out products regardless of time, such as random 80/10/10). Either way
 *                           a shopper is scored by the encoder's output at a query slot after the history, dotted
 *                           with every product's vector
 * @param maskRate           share of products hidden per training example with the masked objective
 * @param dropout            dropout rate inside the encoder while training
 * @param idEmbedding        whether products seen in training also learn an id vector added to their text vector
 * @param idDropout          share of products whose id vector is dropped in each training batch, so that the text
 *                           path alone stays good at ranking (cold start)
 * @param negatives          0: full softmax over the training products when there are at most
 *                           {@code fullSoftmaxLimit} of them, otherwise 512 sampled negatives; n &gt; 0: always
 *                           sampled softmax with n negatives shared by the batch, drawn by popularity
 *                           ({@link NegativeSampler})
 * @param fullSoftmaxLimit   the largest number of training products trained with full softmax when negatives is 0
 * @param weightDecay        decoupled (AdamW) weight decay
 * @param validationShoppers most validation shoppers scored after each epoch (a seeded sample when there are more)
 * @param resume             whether an interrupted run with the same data and settings continues from its checkpoint
 * @param bias               whether every training product also learns a score bias, started at the log of its
 *                           training count (a popularity prior the shopper vector corrects; products unseen in
 *                           training get the bias of a product seen zero times)
 * @param newOnly            next-product objective: predict only products not yet in the shopper's window (a repeat
 *                           is no target) and rule the window's products out of each softmax, as a recommendation
 *                           leaves out what the shopper already has
 * @param textSkip           next-product objective: every score also adds a learned multiple of the frozen text
 *                           similarity between the product and the shopper's most recent product, a path around the
 *                           adapter that keeps the pretrained encoder's fine likeness (variants of one product line)
 *                           which a small adapter trained on a sparse log blurs
 */
public record SequenceSettings(int dimension, int layers, int heads, int maxHistory, String objective,
                               double maskRate, double dropout,
                               boolean idEmbedding, double idDropout, int negatives, int fullSoftmaxLimit,
                               double weightDecay, int validationShoppers, boolean resume,
                               boolean bias, boolean newOnly, boolean textSkip) {

    /** The causal next-product objective. */
    public static final String NEXT = "next";
    /** The masked-product objective. */
    public static final String MASKED = "masked";

    /** Settings without the popularity bias. */
    public SequenceSettings(int dimension, int layers, int heads, int maxHistory, String objective, double maskRate,
                            double dropout, boolean idEmbedding, double idDropout, int negatives, int fullSoftmaxLimit,
                            double weightDecay, int validationShoppers, boolean resume) {
        this(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding, idDropout, negatives,
                fullSoftmaxLimit, weightDecay, validationShoppers, resume, false, false, false);
    }

    public SequenceSettings {
        if (dimension <= 0 || layers < 0 || heads <= 0 || dimension % heads != 0) {
            throw new IllegalArgumentException("dimension must be positive and divisible by heads");
        }
        if (!NEXT.equals(objective) && !MASKED.equals(objective)) {
            throw new IllegalArgumentException("objective must be " + NEXT + " or " + MASKED);
        }
        if (maskRate <= 0 || maskRate >= 1) {
            throw new IllegalArgumentException("mask rate must lie between 0 and 1");
        }
        if (maxHistory < 2 || dropout < 0 || dropout >= 1 || idDropout < 0 || idDropout > 1 || negatives < 0) {
            throw new IllegalArgumentException("invalid sequence settings");
        }
    }

    /** Defaults that train MovieLens-100k in a few minutes on two cores. */
    public static SequenceSettings defaults() {
        return new SequenceSettings(64, 2, 2, 50, NEXT, 0.2, 0.2, true, 0.25, 0, 5000, 0.0, 2000, true);
    }

    /**
     * These settings fitted to the shape of the log they will train on: without id vectors when products have fewer
     * than {@value LogShape#SHOPPERS_PER_PRODUCT_FOR_IDS} shoppers each on average (the text adapter alone then
     * generalises better), and without attention layers, reading the last 10 products, when the median shopper engaged
     * with fewer than {@value LogShape#HISTORY_FOR_ATTENTION} products (short histories: the most recent product says
     * most about the visit's mission). Without id vectors the text similarity to the most recent product also goes
     * around the adapter ({@code textSkip}). On long histories one attention layer reads up to four times the median
     * history (50 to 200 products) without dropout: every shopper then gives many training targets, and a second
     * layer or dropout only slowed learning (MovieLens-100k validation, docs/sequence.md). Options given with
     * {@link #withOptions} apply after this.
     */
    public SequenceSettings fittedTo(LogShape shape) {
        SequenceSettings s = shape.supportsIds() ? this : withIdEmbedding(false).withTextSkip(true);
        if (!shape.supportsAttention()) {
            return s.withShape(dimension, 0, heads, Math.min(maxHistory, 10));
        }
        int history = Math.max(50, Math.min(200, 4 * shape.medianHistory()));
        return s.withShape(dimension, 1, heads, history).withRegularisation(0, 0, weightDecay);
    }

    public SequenceSettings withIdEmbedding(boolean on) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, on, idDropout,
                negatives, fullSoftmaxLimit, weightDecay, validationShoppers, resume, bias, newOnly, textSkip);
    }

    public SequenceSettings withNegatives(int n) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding,
                idDropout, n, fullSoftmaxLimit, weightDecay, validationShoppers, resume, bias, newOnly, textSkip);
    }

    public SequenceSettings withFullSoftmaxLimit(int products) {
        if (products < 0) {
            throw new IllegalArgumentException("the limit cannot be negative");
        }
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding,
                idDropout, negatives, products, weightDecay, validationShoppers, resume, bias, newOnly, textSkip);
    }

    public SequenceSettings withShape(int dim, int nLayers, int nHeads, int history) {
        return new SequenceSettings(dim, nLayers, nHeads, history, objective, maskRate, dropout, idEmbedding, idDropout,
                negatives, fullSoftmaxLimit, weightDecay, validationShoppers, resume, bias, newOnly, textSkip);
    }

    public SequenceSettings withRegularisation(double dropoutRate, double idDropoutRate, double decay) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropoutRate, idEmbedding,
                idDropoutRate, negatives, fullSoftmaxLimit, decay, validationShoppers, resume, bias, newOnly, textSkip);
    }

    public SequenceSettings withObjective(String name, double rate) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, name, rate, dropout, idEmbedding, idDropout,
                negatives, fullSoftmaxLimit, weightDecay, validationShoppers, resume, bias, newOnly, textSkip);
    }

    public SequenceSettings withBias(boolean on) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding,
                idDropout, negatives, fullSoftmaxLimit, weightDecay, validationShoppers, resume, on, newOnly, textSkip);
    }

    public SequenceSettings withNewOnly(boolean on) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding,
                idDropout, negatives, fullSoftmaxLimit, weightDecay, validationShoppers, resume, bias, on, textSkip);
    }

    public SequenceSettings withTextSkip(boolean on) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding,
                idDropout, negatives, fullSoftmaxLimit, weightDecay, validationShoppers, resume, bias, newOnly, on);
    }

    /** Whether the encoder reads the whole history in both directions (the masked objective). */
    public boolean bidirectional() {
        return MASKED.equals(objective);
    }

    public SequenceSettings withResume(boolean on) {
        return new SequenceSettings(dimension, layers, heads, maxHistory, objective, maskRate, dropout, idEmbedding,
                idDropout, negatives, fullSoftmaxLimit, weightDecay, validationShoppers, on, bias, newOnly, textSkip);
    }

    /** Negatives used for {@code trainingProducts} products: 0 means full softmax. */
    public int negativesFor(int trainingProducts) {
        if (negatives > 0) {
            return Math.min(negatives, trainingProducts);
        }
        return trainingProducts <= fullSoftmaxLimit ? 0 : Math.min(512, trainingProducts);
    }

    /** As stored in a saved model's settings. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dimension", dimension);
        m.put("layers", layers);
        m.put("heads", heads);
        m.put("maxHistory", maxHistory);
        m.put("objective", objective);
        m.put("maskRate", maskRate);
        m.put("dropout", dropout);
        m.put("idEmbedding", idEmbedding);
        m.put("idDropout", idDropout);
        m.put("negatives", negatives);
        m.put("fullSoftmaxLimit", fullSoftmaxLimit);
        m.put("weightDecay", weightDecay);
        m.put("validationShoppers", validationShoppers);
        m.put("resume", resume);
        m.put("bias", bias);
        m.put("newOnly", newOnly);
        m.put("textSkip", textSkip);
        return m;
    }

    /** The option names {@link #withOptions} understands, as given to {@code merchlab train --set KEY=VALUE}. */
    public static final java.util.List<String> OPTIONS = java.util.List.of("objective", "mask-rate", "dim", "layers",
            "heads", "history", "dropout", "id", "id-dropout", "negatives", "full-softmax-limit", "weight-decay", "bias",
            "new-only", "text-skip", "transition-skip");

    /**
     * These settings changed by command-line options ({@code objective=masked}, {@code dim=64}, {@code id=false} ...);
     * an unknown option or a bad value is a clear error.
     */
    public SequenceSettings withOptions(Map<String, String> options) {
        SequenceSettings s = this;
        for (Map.Entry<String, String> e : options.entrySet()) {
            String v = e.getValue().strip();
            try {
                s = switch (e.getKey()) {
                    case "objective" -> s.withObjective(v, s.maskRate);
                    case "mask-rate" -> s.withObjective(s.objective, Double.parseDouble(v));
                    case "dim" -> s.withShape(Integer.parseInt(v), s.layers, s.heads, s.maxHistory);
                    case "layers" -> s.withShape(s.dimension, Integer.parseInt(v), s.heads, s.maxHistory);
                    case "heads" -> s.withShape(s.dimension, s.layers, Integer.parseInt(v), s.maxHistory);
                    case "history" -> s.withShape(s.dimension, s.layers, s.heads, Integer.parseInt(v));
                    case "dropout" -> s.withRegularisation(Double.parseDouble(v), s.idDropout, s.weightDecay);
                    case "id" -> s.withIdEmbedding(Boolean.parseBoolean(v));
                    case "id-dropout" -> s.withRegularisation(s.dropout, Double.parseDouble(v), s.weightDecay);
                    case "negatives" -> s.withNegatives(Integer.parseInt(v));
                    case "full-softmax-limit" -> s.withFullSoftmaxLimit(Integer.parseInt(v));
                    case "bias" -> s.withBias(Boolean.parseBoolean(v));
                    case "new-only" -> s.withNewOnly(Boolean.parseBoolean(v));
                    case "text-skip" -> s.withTextSkip(Boolean.parseBoolean(v));
                    case "weight-decay" -> s.withRegularisation(s.dropout, s.idDropout, Double.parseDouble(v));
                    case "transition-skip" -> s; // fitted beside the network by SequenceKind
                    default -> throw new merchlab.MerchLabException("unknown sequence option '" + e.getKey()
                            + "': use " + String.join(", ", OPTIONS));
                };
            } catch (IllegalArgumentException bad) {
                throw new merchlab.MerchLabException("sequence option " + e.getKey() + "=" + v + " is not valid: "
                        + bad.getMessage());
            }
        }
        return s;
    }

    /** Reads settings written by {@link #asMap}; missing keys take the defaults. */
    public static SequenceSettings fromMap(Map<String, Object> m) {
        SequenceSettings d = defaults();
        return new SequenceSettings(integer(m, "dimension", d.dimension), integer(m, "layers", d.layers),
                integer(m, "heads", d.heads), integer(m, "maxHistory", d.maxHistory),
                m.get("objective") instanceof String o ? o : d.objective, real(m, "maskRate", d.maskRate),
                real(m, "dropout", d.dropout),
                bool(m, "idEmbedding", d.idEmbedding), real(m, "idDropout", d.idDropout),
                integer(m, "negatives", d.negatives), integer(m, "fullSoftmaxLimit", d.fullSoftmaxLimit),
                real(m, "weightDecay", d.weightDecay), integer(m, "validationShoppers", d.validationShoppers),
                bool(m, "resume", d.resume), bool(m, "bias", false),
                bool(m, "newOnly", false), bool(m, "textSkip", false));
    }

    private static int integer(Map<String, Object> m, String k, int fallback) {
        return m.get(k) instanceof Number n ? n.intValue() : fallback;
    }

    private static double real(Map<String, Object> m, String k, double fallback) {
        return m.get(k) instanceof Number n ? n.doubleValue() : fallback;
    }

    private static boolean bool(Map<String, Object> m, String k, boolean fallback) {
        return m.get(k) instanceof Boolean b ? b : fallback;
    }
}
