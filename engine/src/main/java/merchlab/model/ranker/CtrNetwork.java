package merchlab.model.ranker;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import merchlab.features.FeatureNames;

/**
 * The ranker's network over one feature row per product.
 *
 * <p>The single-value features are standardised with the pipeline's training moments. The query, product and shopper
 * embeddings pass through trainable adapter projections (one for queries, one shared by products and shopper
 * histories, which live in the same space); their element-wise products and the projected product form, with the
 * standardised values, the input of a deep-and-cross head whose output is the relevance logit. A separate position
 * tower reads only the shown position. The output is
 * {@code P(click) = sigmoid(positionLogit) x sigmoid(relevanceLogit)}: the probability that the shopper looks at the
 * position times the probability of a click once looked at (Guo et al., "PAL", RecSys 2019). Scoring fixes the
 * position at the top, so the position tower becomes a constant factor.
 *
 * <p>Outputs: {@code [ctr, relevanceLogit, positionLogit]}, each of shape (n, 1).
 */
final class CtrNetwork extends AbstractBlock {
    private static final int POSITION = FeatureNames.POSITION_SHOWN;

    private final int scalars;
    private final int dimension;
    private final RankerArchitecture shape;
    private final float[] mean;
    private final float[] inverseStd;
    private final Linear queryAdapter;
    private final Linear itemAdapter;
    private final List<Linear> cross = new ArrayList<>();
    private final Linear deep1;
    private final Linear deep2;
    private final Linear output;
    private final Linear position1;
    private final Linear position2;

    CtrNetwork(int dimension, RankerArchitecture shape, float[] mean, float[] std) {
        this.scalars = FeatureNames.SCALAR_COUNT;
        this.dimension = dimension;
        this.shape = shape;
        this.mean = new float[POSITION];
        this.inverseStd = new float[POSITION];
        for (int f = 0; f < POSITION; f++) {
            this.mean[f] = mean[f];
            this.inverseStd[f] = 1f / std[f];
        }
        int a = Math.max(1, shape.adapter());
        queryAdapter = addChildBlock("queryAdapter", Linear.builder().setUnits(a).optBias(false).build());
        itemAdapter = addChildBlock("itemAdapter", Linear.builder().setUnits(a).optBias(false).build());
        for (int l = 0; l < shape.crossLayers(); l++) {
            cross.add(addChildBlock("cross" + l, Linear.builder().setUnits(headWidth()).build()));
        }
        deep1 = addChildBlock("deep1", Linear.builder().setUnits(shape.hidden()).build());
        deep2 = addChildBlock("deep2", Linear.builder().setUnits(Math.max(4, shape.hidden() / 2)).build());
        output = addChildBlock("output", Linear.builder().setUnits(1).build());
        position1 = addChildBlock("position1", Linear.builder().setUnits(8).build());
        position2 = addChildBlock("position2", Linear.builder().setUnits(1).build());
    }

    /** Width of the head's input: standardised values (position excluded) and three adapter interactions. */
    private int headWidth() {
        return POSITION + (scalars - POSITION - 1) + 3 * shape.adapter();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDManager m = x.getManager();
        NDArray values = x.get(":, 0:" + POSITION).sub(m.create(mean)).mul(m.create(inverseStd));
        NDArray shown = x.get(":, " + POSITION + ":" + (POSITION + 1)).maximum(1f).log();
        NDList parts = new NDList(values);
        if (scalars - POSITION - 1 > 0) {
            parts.add(x.get(":, " + (POSITION + 1) + ":" + scalars));
        }
        if (shape.adapter() > 0) {
            addAdapters(ps, x, training, parts);
        }
        NDArray x0 = parts.size() == 1 ? values : NDArrays.concat(parts, 1);
        NDArray xl = x0;
        for (Linear layer : cross) {
            xl = x0.mul(layer.forward(ps, new NDList(xl), training).head()).add(xl);
        }
        NDArray h = Activation.gelu(deep1.forward(ps, new NDList(x0), training).head());
        h = Activation.gelu(deep2.forward(ps, new NDList(h), training).head());
        NDArray relevance = output.forward(ps, new NDList(xl.concat(h, 1)), training).head();
        NDArray positionLogit = position2.forward(ps,
                new NDList(Activation.tanh(position1.forward(ps, new NDList(shown), training).head())), training).head();
        NDArray ctr = Activation.sigmoid(relevance).mul(Activation.sigmoid(positionLogit));
        return new NDList(ctr, relevance, positionLogit);
    }

    /** Projects the three embeddings and appends query x product, shopper x product and the projected product. */
    private void addAdapters(ParameterStore ps, NDArray x, boolean training, NDList parts) {
        int q = scalars;
        NDArray query = queryAdapter.forward(ps, new NDList(x.get(":, " + q + ":" + (q + dimension))), training).head();
        NDArray product = itemAdapter.forward(ps,
                new NDList(x.get(":, " + (q + dimension) + ":" + (q + 2 * dimension))), training).head();
        NDArray shopper = itemAdapter.forward(ps,
                new NDList(x.get(":, " + (q + 2 * dimension) + ":" + (q + 3 * dimension))), training).head();
        parts.add(query.mul(product));
        parts.add(shopper.mul(product));
        parts.add(product);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long n = inputShapes[0].get(0);
        return new Shape[] {new Shape(n, 1), new Shape(n, 1), new Shape(n, 1)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        queryAdapter.initialize(manager, dataType, new Shape(1, dimension));
        itemAdapter.initialize(manager, dataType, new Shape(1, dimension));
        int width = headWidth();
        for (Linear layer : cross) {
            layer.initialize(manager, dataType, new Shape(1, width));
        }
        deep1.initialize(manager, dataType, new Shape(1, width));
        deep2.initialize(manager, dataType, new Shape(1, shape.hidden()));
        output.initialize(manager, dataType, new Shape(1, width + Math.max(4, shape.hidden() / 2)));
        position1.initialize(manager, dataType, new Shape(1, 1));
        position2.initialize(manager, dataType, new Shape(1, 8));
    }
}
