package merchlab.model.ranker;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.translate.TranslateException;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.features.FeatureNames;
import merchlab.features.FeaturePipeline;
import merchlab.features.FeatureSchema;
import merchlab.features.Featurizer;
import merchlab.features.RequestFeatures;
import merchlab.features.ShopData;
import merchlab.model.ClickModel;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.store.SavedModel;

/**
 * A trained ranker opened for scoring: predicted CTR per product, and the feature-level view explanations need
 * (feature rows, predictions on rows, and gradients of the CTR with respect to every input in one batched backward
 * pass). Only Java arrays cross its public surface. Not thread-safe; close it after the job.
 */
public final class RankerModel implements Recommender, ClickModel {
    private static final int CHUNK = 8192;

    private final String name;
    private final FeaturePipeline pipeline;
    private final Featurizer featurizer;
    private final Model model;
    private final CtrNetwork network;
    private final Predictor<float[], float[]> predictor;
    private final int width;

    RankerModel(SavedModel saved, ShopData data, Device device) {
        this(saved, data, device, null);
    }

    /** With {@code randomSeed} set, the trained weights are replaced by a fresh random initialisation. */
    RankerModel(SavedModel saved, ShopData data, Device device, Long randomSeed) {
        this.name = saved.name();
        RankerCodec.Parts parts = RankerCodec.read(saved.parameters());
        this.pipeline = FeaturePipeline.fromBytes(parts.pipeline());
        if (!pipeline.encoder().equals(data.encoderName())) {
            throw new MerchLabException("model " + name + " reads embeddings of encoder '" + pipeline.encoder()
                    + "' but the workspace's products are encoded with '" + data.encoderName() + "'");
        }
        this.featurizer = pipeline.bind(data.catalog(), data.vectors(), data.queries());
        this.width = pipeline.schema().width();
        RankerArchitecture shape = RankerArchitecture.fromMap(architecture(saved));
        this.model = Model.newInstance(name, device, "PyTorch");
        this.network = new CtrNetwork(pipeline.schema().embeddingDimension(), shape, pipeline.mean(), pipeline.std());
        model.setBlock(network);
        if (randomSeed != null) {
            Engine.getEngine("PyTorch").setRandomSeed(randomSeed.intValue());
        }
        network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, width));
        if (randomSeed == null) {
            RankerWeights.load(network, parts.weights(), model.getNDManager());
        }
        // a loaded model only scores and explains: gradients flow to the input rows, never into the weights
        network.getParameters().forEach(p -> p.getValue().getArray().setRequiresGradient(false));
        this.predictor = model.newPredictor(new RowsTranslator(width));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> architecture(SavedModel saved) {
        Object a = saved.settings().get("architecture");
        return a instanceof java.util.Map<?, ?> m ? (java.util.Map<String, Object>) m : java.util.Map.of();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return RankerKind.NAME;
    }

    @Override
    public boolean predictsCtr() {
        return true;
    }

    /** The named inputs, their groups and where each sits in a feature row. */
    public FeatureSchema schema() {
        return pipeline.schema();
    }

    /** The fitted pipeline: training means (baselines for explanations), click rates per position, moments. */
    public FeaturePipeline pipeline() {
        return pipeline;
    }

    /** The pipeline bound to the workspace's catalog, for building rows of requests. */
    public Featurizer featurizer() {
        return featurizer;
    }

    /** Feature rows of products for a request, position fixed at the top, row-major. */
    public float[] features(ScoringRequest request, List<String> products) {
        return featurizer.rows(requestFeatures(request), products);
    }

    /** Predicted click probability of each row of {@code rows} (row-major, {@code schema().width()} values each). */
    public double[] predict(float[] rows) {
        int n = rows.length / width;
        double[] out = new double[n];
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            float[] chunk = start == 0 && m == n ? rows : java.util.Arrays.copyOfRange(rows, start * width, (start + m) * width);
            float[] ctr;
            try {
                ctr = predictor.predict(chunk);
            } catch (TranslateException e) {
                throw new MerchLabException("scoring failed: " + e.getMessage(), e);
            }
            for (int i = 0; i < m; i++) {
                out[start + i] = ctr[i];
            }
        }
        return out;
    }

    /** Predicted click probabilities and their gradients with respect to every input value, for each row. */
    public record Gradients(double[] ctr, float[] gradient) {
    }

    /** CTR of each row and d CTR / d input for every value of every row, in one batched forward and backward pass. */
    public Gradients gradients(float[] rows) {
        int n = rows.length / width;
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDArray x = m.create(rows, new Shape(n, width));
            x.setRequiresGradient(true);
            float[] ctr;
            try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray out = network.forward(new ParameterStore(m, false), new NDList(x), false).get(0);
                ctr = out.toFloatArray();
                gc.backward(out.sum());
            }
            float[] grad = x.getGradient().toFloatArray();
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = ctr[i];
            }
            return new Gradients(p, grad);
        }
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        return scoreAll(List.of(request), List.of(candidates)).get(0);
    }

    @Override
    public List<double[]> scoreAll(List<ScoringRequest> requests, List<List<String>> candidates) {
        List<ShownList> lists = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int[] top = new int[candidates.get(i).size()];
            java.util.Arrays.fill(top, (int) FeatureNames.NEUTRAL_POSITION);
            lists.add(new ShownList(requests.get(i), candidates.get(i), top));
        }
        return clickProbabilities(lists);
    }

    @Override
    public List<double[]> clickProbabilities(List<ShownList> lists) {
        int total = 0;
        for (ShownList l : lists) {
            total += l.products().size();
        }
        float[] rows = new float[total * width];
        int at = 0;
        for (ShownList l : lists) {
            RequestFeatures rf = requestFeatures(l.request());
            for (int i = 0; i < l.products().size(); i++) {
                int p = featurizer.catalog().indexOf(l.products().get(i));
                if (p >= 0) {
                    featurizer.row(rf, p, Math.max(1, l.positions()[i]), rows, at * width);
                }
                at++;
            }
        }
        double[] all = predict(rows);
        List<double[]> out = new ArrayList<>(lists.size());
        at = 0;
        for (ShownList l : lists) {
            double[] s = new double[l.products().size()];
            for (int i = 0; i < s.length; i++, at++) {
                s[i] = featurizer.catalog().indexOf(l.products().get(i)) >= 0 ? all[at] : 0;
            }
            out.add(s);
        }
        return out;
    }

    /** The per-request features (shopper, query, context) of a scoring request. */
    public RequestFeatures requestFeatures(ScoringRequest r) {
        return featurizer.request(r.history(), r.shown(), r.query(), r.context().visitQuery(), r.context().device(),
                r.context().hour(), r.context().weekday());
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
