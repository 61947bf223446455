package merchlab.explain;

import merchlab.model.ranker.RankerModel;

/** A ranker's predicted CTR as a {@link Differentiable} function of its feature rows. */
public final class RankerFunction implements Differentiable {
    private final RankerModel model;

    public RankerFunction(RankerModel model) {
        this.model = model;
    }

    @Override
    public int width() {
        return model.schema().width();
    }

    @Override
    public double[] predict(float[] rows) {
        return model.predict(rows);
    }

    @Override
    public Values gradients(float[] rows) {
        RankerModel.Gradients g = model.gradients(rows);
        return new Values(g.ctr(), g.gradient());
    }
}
