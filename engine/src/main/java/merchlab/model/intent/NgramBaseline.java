package merchlab.model.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import merchlab.CancelToken;

/**
 * The baseline every intent model is compared with: multinomial logistic regression over {@link MessageNgrams},
 * trained by stochastic gradient descent with L2 regularisation; plain Java, no encoder.
 */
public final class NgramBaseline {
    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-5;

    private final MessageNgrams ngrams;
    private final int classes;
    private final float[] weights;
    private final float[] bias;

    private NgramBaseline(MessageNgrams ngrams, int classes, float[] weights, float[] bias) {
        this.ngrams = ngrams;
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    /** Fits the n-grams and the regression on the training messages; the same seed gives the same model. */
    public static NgramBaseline train(List<String> messages, int[] labels, int classes, long seed, CancelToken cancel) {
        MessageNgrams ngrams = MessageNgrams.fit(messages);
        NgramBaseline m = new NgramBaseline(ngrams, classes, new float[ngrams.width() * classes], new float[classes]);
        MessageNgrams.Row[] rows = messages.stream().map(ngrams::row).toArray(MessageNgrams.Row[]::new);
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] p = new double[classes];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            cancel.check();
            shuffle(order, random);
            double lr = LEARNING_RATE / (1 + epoch * 0.2);
            for (int i : order) {
                m.logits(rows[i], p);
                softmaxInPlace(p);
                p[labels[i]] -= 1;
                MessageNgrams.Row r = rows[i];
                for (int c = 0; c < classes; c++) {
                    float g = (float) (lr * p[c]);
                    m.bias[c] -= g;
                    for (int k = 0; k < r.features().length; k++) {
                        int w = r.features()[k] * classes + c;
                        m.weights[w] -= g * r.values()[k] + (float) (lr * L2) * m.weights[w];
                    }
                }
            }
        }
        return m;
    }

    /** The raw class scores (before softmax) of a message. */
    public float[] logits(String message) {
        double[] out = new double[classes];
        logits(ngrams.row(message), out);
        float[] f = new float[classes];
        for (int c = 0; c < classes; c++) {
            f[c] = (float) out[c];
        }
        return f;
    }

    private void logits(MessageNgrams.Row r, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        for (int k = 0; k < r.features().length; k++) {
            int base = r.features()[k] * classes;
            float v = r.values()[k];
            for (int c = 0; c < classes; c++) {
                out[c] += weights[base + c] * v;
            }
        }
    }

    private static void softmaxInPlace(double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    void write(DataOutputStream out) throws IOException {
        ngrams.write(out);
        out.writeInt(classes);
        for (float b : bias) {
            out.writeFloat(b);
        }
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    static NgramBaseline read(DataInputStream in) throws IOException {
        MessageNgrams ngrams = MessageNgrams.read(in);
        int classes = in.readInt();
        float[] bias = new float[classes];
        for (int c = 0; c < classes; c++) {
            bias[c] = in.readFloat();
        }
        float[] weights = new float[ngrams.width() * classes];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readFloat();
        }
        return new NgramBaseline(ngrams, classes, weights, bias);
    }
}
