package merchlab.model.ranker;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** Feature rows (row-major floats) in, predicted click probabilities out; tensors stay inside. */
final class RowsTranslator implements NoBatchifyTranslator<float[], float[]> {
    private final int width;

    RowsTranslator(int width) {
        this.width = width;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, float[] rows) {
        NDArray x = ctx.getNDManager().create(rows, new Shape(rows.length / width, width));
        return new NDList(x);
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList list) {
        return list.get(0).toType(DataType.FLOAT32, false).toFloatArray();
    }
}
