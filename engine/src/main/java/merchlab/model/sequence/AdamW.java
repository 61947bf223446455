package merchlab.model.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam with decoupled weight decay on weight matrices (Loshchilov and Hutter, ICLR 2019), whose moments are plain named arrays so that a
 * checkpoint can store them and a resumed run continues exactly.
 */
final class AdamW implements AutoCloseable {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final NDManager manager;
    private final Map<String, NDArray> first = new LinkedHashMap<>();
    private final Map<String, NDArray> second = new LinkedHashMap<>();
    private float learningRate;
    private final float weightDecay;
    private long steps;

    AdamW(NDManager parent, Map<String, NDArray> parameters, double learningRate, double weightDecay) {
        this.manager = parent.newSubManager();
        this.learningRate = (float) learningRate;
        this.weightDecay = (float) weightDecay;
        parameters.forEach((name, p) -> {
            first.put(name, manager.zeros(p.getShape()));
            second.put(name, manager.zeros(p.getShape()));
        });
    }

    long steps() {
        return steps;
    }

    double learningRate() {
        return learningRate;
    }

    void setLearningRate(double rate) {
        learningRate = (float) rate;
    }

    /**
     * Applies one update from the gradients gathered on {@code parameters}, then clears those gradients; call outside
     * the gradient collector, with the parameters attached to {@code step}.
     */
    void update(Map<String, NDArray> parameters, NDManager step) {
        steps++;
        float correction1 = (float) (1 - Math.pow(BETA1, steps));
        float correction2 = (float) (1 - Math.pow(BETA2, steps));
        float stepSize = (float) (learningRate * Math.sqrt(correction2) / correction1);
        parameters.forEach((name, p) -> {
            NDArray grad = p.getGradient();
            NDArray m = first.get(name);
            NDArray v = second.get(name);
            step.tempAttachAll(m, v);
            m.muli(BETA1).addi(grad.mul(1 - BETA1));
            v.muli(BETA2).addi(grad.square().muli(1 - BETA2));
            if (weightDecay > 0 && p.getShape().dimension() == 2) {
                p.muli(1 - learningRate * weightDecay);
            }
            p.subi(m.div(v.sqrt().addi(EPSILON)).muli(stepSize));
            grad.muli(0);
        });
    }

    /** The moments and step count, named for a checkpoint. */
    NDList state() {
        NDList list = new NDList();
        first.forEach((name, a) -> {
            a.setName("m." + name);
            list.add(a);
        });
        second.forEach((name, a) -> {
            a.setName("v." + name);
            list.add(a);
        });
        NDArray count = manager.create(new long[] {steps});
        count.setName("steps");
        list.add(count);
        return list;
    }

    /** Restores what {@link #state()} wrote. */
    void restore(NDList state) {
        for (NDArray a : state) {
            String name = a.getName();
            if ("steps".equals(name)) {
                steps = a.toLongArray()[0];
            } else {
                Map<String, NDArray> target = name.startsWith("m.") ? first : second;
                NDArray current = target.get(name.substring(2));
                if (current != null) {
                    a.copyTo(current);
                }
            }
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
