package merchlab.text.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import merchlab.MerchLabException;
import merchlab.text.Encoders;
import merchlab.text.TextEncoder;
import merchlab.text.onnx.EncoderSpec;

/**
 * Measures embedding throughput of the MerchLab pipeline (DJL predictor: tokenising, the ONNX model, pooling and
 * normalising) against a bare {@link OrtSession} running the same model on the same, already tokenised batches with
 * the same threads; rounds alternate between the two so that machine load hits both alike.
 */
public final class EncoderBenchmark {
    /** One measured configuration. */
    public record Result(String encoder, int texts, int batch, int threads, double pipelinePerSecond,
                         double barePerSecond, double ratio, List<Double> pipelineRounds, List<Double> bareRounds) {
    }

    private final Consumer<String> log;

    public EncoderBenchmark(Consumer<String> log) {
        this.log = log;
    }

    /** Runs {@code rounds} alternating rounds over {@code texts} in batches of {@code batch} on {@code threads} cores. */
    public Result run(String encoderName, List<String> texts, int batch, int threads, int rounds) {
        EncoderSpec spec = Encoders.spec(encoderName);
        List<List<String>> batches = batches(texts, batch);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (TextEncoder encoder = Encoders.open(encoderName, 1); Bare bare = new Bare(spec)) {
            List<long[][]> inputs = new ArrayList<>();
            for (List<String> b : batches) {
                inputs.add(bare.tokenise(b));
            }
            time(pool, batches, encoder::encode);
            time(pool, inputs, bare::run);
            List<Double> pipeline = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                pipeline.add(texts.size() / time(pool, batches, encoder::encode));
                raw.add(texts.size() / time(pool, inputs, bare::run));
                log.accept(String.format(Locale.ROOT, "round %d: pipeline %.0f/s, bare ONNX Runtime %.0f/s", r + 1,
                        pipeline.get(r), raw.get(r)));
            }
            double p = median(pipeline);
            double b = median(raw);
            return new Result(encoderName, texts.size(), batch, threads, p, b, p / b, pipeline, raw);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<List<String>> batches(List<String> texts, int batch) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingInt(String::length));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += batch) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + batch)));
        }
        return out;
    }

    private interface Work<T> {
        Object apply(T input) throws Exception;
    }

    /** Seconds to process all inputs on the pool. */
    private static <T> double time(ExecutorService pool, List<T> inputs, Work<T> work) {
        long start = System.nanoTime();
        List<Future<Object>> futures = new ArrayList<>();
        for (T input : inputs) {
            Callable<Object> task = () -> work.apply(input);
            futures.add(pool.submit(task));
        }
        try {
            for (Future<Object> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new MerchLabException("benchmark failed: " + e, e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The model in a plain ONNX Runtime session, fed pre-tokenised int64 tensors. */
    private static final class Bare implements AutoCloseable {
        private final OrtEnvironment env = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;
        private final EncoderSpec spec;

        Bare(EncoderSpec spec) {
            this.spec = spec;
            try (InputStream model = EncoderBenchmark.class.getResourceAsStream(spec.modelResource());
                 InputStream tok = EncoderBenchmark.class.getResourceAsStream(spec.tokenizerResource());
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                session = env.createSession(model.readAllBytes(), options);
                tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "true", "truncation", "true",
                        "maxLength", Integer.toString(spec.maxTokens())));
            } catch (IOException | OrtException e) {
                throw new MerchLabException("cannot load the bare ONNX session: " + e.getMessage(), e);
            }
        }

        /** ids, mask and type ids of a batch, padded to its longest text, plus its shape. */
        long[][] tokenise(List<String> texts) {
            List<String> prepared = texts.stream().map(t -> spec.lowerCase() ? t.toLowerCase(Locale.ROOT) : t).toList();
            Encoding[] enc = tokenizer.batchEncode(prepared);
            int length = Arrays.stream(enc).mapToInt(e -> e.getIds().length).max().orElse(0);
            long[] ids = new long[enc.length * length];
            long[] mask = new long[enc.length * length];
            long[] types = new long[enc.length * length];
            for (int i = 0; i < enc.length; i++) {
                System.arraycopy(enc[i].getIds(), 0, ids, i * length, enc[i].getIds().length);
                System.arraycopy(enc[i].getAttentionMask(), 0, mask, i * length, enc[i].getIds().length);
                System.arraycopy(enc[i].getTypeIds(), 0, types, i * length, enc[i].getIds().length);
            }
            return new long[][] {ids, mask, types, {enc.length, length}};
        }

        Object run(long[][] in) throws OrtException {
            long[] shape = in[3];
            try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(in[0]), shape);
                 OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(in[1]), shape);
                 OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(in[2]), shape);
                 OrtSession.Result r = session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
                return ((OnnxTensor) r.get(0)).getFloatBuffer().remaining();
            }
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (OrtException ignored) {
                // closing anyway
            }
            tokenizer.close();
        }
    }
}
