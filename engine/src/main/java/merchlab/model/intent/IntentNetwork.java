package merchlab.model.intent;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The intent classifier's network: the frozen encoder's message vector passes through a trainable adapter (linear,
 * GELU, dropout) into a softmax head; beside it, when the model reads n-grams, a linear layer over the message's
 * TF-IDF n-grams adds its scores to the same logits. Inputs: {@code [vector (n, d), ngrams (n, v)]}; output: the
 * logits {@code (n, intents)}.
 */
final class IntentNetwork extends AbstractBlock {
    private final int intents;
    private final boolean ngrams;
    private final Linear adapter;
    private final Dropout dropout;
    private final Linear head;
    private final Linear ngramHead;

    IntentNetwork(int adapterUnits, int intents, boolean ngrams) {
        this.intents = intents;
        this.ngrams = ngrams;
        adapter = addChildBlock("adapter", Linear.builder().setUnits(adapterUnits).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(0.2f).build());
        head = addChildBlock("head", Linear.builder().setUnits(intents).build());
        ngramHead = ngrams ? addChildBlock("ngrams", Linear.builder().setUnits(intents).optBias(false).build()) : null;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray a = Activation.gelu(adapter.forward(ps, new NDList(inputs.get(0)), training).singletonOrThrow());
        a = dropout.forward(ps, new NDList(a), training).singletonOrThrow();
        NDArray logits = head.forward(ps, new NDList(a), training).singletonOrThrow();
        if (ngrams) {
            logits = logits.add(ngramHead.forward(ps, new NDList(inputs.get(1)), training).singletonOrThrow());
        }
        return new NDList(logits);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), intents)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        adapter.initialize(manager, dataType, inputShapes[0]);
        Shape adapted = adapter.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        dropout.initialize(manager, dataType, adapted);
        head.initialize(manager, dataType, adapted);
        if (ngrams) {
            ngramHead.initialize(manager, dataType, inputShapes[1]);
        }
    }
}
