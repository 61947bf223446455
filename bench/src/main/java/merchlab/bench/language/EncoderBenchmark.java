package merchlab.bench.language;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import merchlab.MerchLabException;
import merchlab.text.Encoders;
import merchlab.text.onnx.EncoderSpec;
import merchlab.text.onnx.OnnxTextEncoder;
import merchlab.text.onnx.TokenBatch;

/**
 * Measures embedding throughput of the MerchLab pipeline (tokenising, batching by token length, the DJL predictor,
 * pooling and normalising) against a bare {@link OrtSession} with the same session options running the same model
 * on the very batches the pipeline makes, already tokenised, on the same threads. Rounds take turns at going first
 * (pipeline first in odd rounds, bare first in even ones) so that order favours neither.
 *
 * <p>On a machine shared with other work, load changes within seconds, so whole passes measured one after the other
 * still see different machines. The benchmark therefore also runs interleaved rounds: the pool gets a pipeline call
 * and the bare session's run of the same chunk in turn, each timed on its own thread, so that both see the same load
 * at the same moments; their ratio is the fairer comparison.
 */
public final class EncoderBenchmark {
    /**
     * One measured configuration. Wall-clock rates depend on what else the machine runs; the rates per CPU-second
     * (CPU time of the worker threads, native model code included) times the number of cores estimate the rate of
     * an otherwise idle machine.
     *
     * @param chunk          texts per {@code encode} call (the pipeline splits each into model batches)
     * @param tokensPerText  real tokens per text, special tokens included
     * @param paddingShare   share of the model's input positions that are padding
     * @param ratio          median pipeline rate over median bare rate
     * @param roundRatios    pipeline over bare rate in each round
     * @param interleavedRatio median over interleaved rounds of (time of the bare runs) / (time of the pipeline calls)
     * @param interleavedRatios that ratio in each interleaved round
     */
    public record Result(String encoder, int texts, int chunk, int maxBatch, int threads, double tokensPerText,
                         double paddingShare, double pipelinePerSecond, double barePerSecond, double ratio,
                         double pipelinePerCpuSecond, double barePerCpuSecond, List<Double> pipelineRounds,
                         List<Double> bareRounds, List<Double> roundRatios, double interleavedRatio,
                         List<Double> interleavedRatios, double loadAverageBefore, double loadAverageAfter) {
    }

    private final Consumer<String> log;

    public EncoderBenchmark(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Runs {@code rounds} rounds over {@code texts}, given to the encoder {@code chunk} at a time in order of text
     * length (as {@code merchlab encode} does), on {@code threads} cores with one ONNX Runtime thread each.
     */
    public Result run(String encoderName, List<String> texts, int chunk, int threads, int rounds) {
        EncoderSpec spec = Encoders.spec(encoderName);
        List<List<String>> chunks = chunks(texts, chunk);
        List<Thread> workers = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "merchlab-bench-encode");
            t.setDaemon(true);
            workers.add(t);
            return t;
        });
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double loadBefore = loadAverage();
        try (OnnxTextEncoder encoder = OnnxTextEncoder.load(spec, 1); Bare bare = new Bare(spec)) {
            List<List<TokenBatch>> inputs = new ArrayList<>();
            long real = 0;
            long positions = 0;
            for (List<String> c : chunks) {
                List<TokenBatch> batches = encoder.batches(c);
                inputs.add(batches);
                for (TokenBatch b : batches) {
                    real += b.realTokens();
                    positions += (long) b.size() * b.length();
                }
            }
            Work<List<String>> pipelineWork = encoder::encode;
            Work<List<TokenBatch>> bareWork = bare::run;
            for (int w = 0; w < 2; w++) {
                time(pool, chunks, pipelineWork);
                time(pool, inputs, bareWork);
            }
            List<Double> pipeline = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            double[] cpuSeconds = new double[2];
            for (int r = 0; r < rounds; r++) {
                double p = 0;
                double b = 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean pipelineTurn = (turn == 0) == (r % 2 == 0);
                    double c0 = cpuSeconds(cpu, workers);
                    double rate = texts.size() / (pipelineTurn ? time(pool, chunks, pipelineWork) : time(pool, inputs, bareWork));
                    cpuSeconds[pipelineTurn ? 0 : 1] += cpuSeconds(cpu, workers) - c0;
                    if (pipelineTurn) {
                        p = rate;
                    } else {
                        b = rate;
                    }
                }
                pipeline.add(p);
                raw.add(b);
                ratios.add(p / b);
                log.accept(String.format(Locale.ROOT, "round %d (%s first): pipeline %.0f/s, bare ONNX Runtime %.0f/s, "
                        + "ratio %.3f, load average %.2f", r + 1, r % 2 == 0 ? "pipeline" : "bare", p, b, p / b, loadAverage()));
            }
            List<Double> interleaved = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                interleaved.add(interleaved(pool, chunks, inputs, pipelineWork, bareWork, r));
                log.accept(String.format(Locale.ROOT, "interleaved round %d: bare time / pipeline time %.3f, load average "
                        + "%.2f", r + 1, interleaved.get(r), loadAverage()));
            }
            double p = median(pipeline);
            double b = median(raw);
            double total = (double) texts.size() * rounds;
            return new Result(encoderName, texts.size(), chunk, OnnxTextEncoder.MAX_BATCH, threads,
                    (double) real / texts.size(), 1 - (double) real / positions, p, b, p / b, total / cpuSeconds[0],
                    total / cpuSeconds[1], pipeline, raw, ratios, median(interleaved), interleaved, loadBefore,
                    loadAverage());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One interleaved round: each chunk once through the pipeline and once through the bare session, submitted in
     * turn (which of the two goes first alternates by chunk and round); returns total bare time over total pipeline
     * time, each task timed on its own thread.
     */
    private static double interleaved(ExecutorService pool, List<List<String>> chunks, List<List<TokenBatch>> inputs,
                                      Work<List<String>> pipelineWork, Work<List<TokenBatch>> bareWork, int round) {
        List<Future<Long>> pipelineTasks = new ArrayList<>();
        List<Future<Long>> bareTasks = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> c = chunks.get(i);
            List<TokenBatch> in = inputs.get(i);
            Callable<Long> p = () -> timed(() -> pipelineWork.apply(c));
            Callable<Long> b = () -> timed(() -> bareWork.apply(in));
            if ((i + round) % 2 == 0) {
                pipelineTasks.add(pool.submit(p));
                bareTasks.add(pool.submit(b));
            } else {
                bareTasks.add(pool.submit(b));
                pipelineTasks.add(pool.submit(p));
            }
        }
        return (double) sum(bareTasks) / sum(pipelineTasks);
    }

    private static long timed(Callable<Object> task) throws Exception {
        long start = System.nanoTime();
        task.call();
        return System.nanoTime() - start;
    }

    private static long sum(List<Future<Long>> futures) {
        long total = 0;
        try {
            for (Future<Long> f : futures) {
                total += f.get();
            }
        } catch (Exception e) {
            throw new MerchLabException("benchmark failed: " + e, e);
        }
        return total;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double cpuSeconds(ThreadMXBean cpu, List<Thread> threads) {
        long nanos = 0;
        for (Thread t : threads) {
            nanos += Math.max(0, cpu.getThreadCpuTime(t.getId()));
        }
        return nanos / 1e9;
    }

    private static List<List<String>> chunks(List<String> texts, int chunk) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingInt(String::length));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += chunk) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + chunk)));
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

    /** The model in a plain ONNX Runtime session with the pipeline's session options, fed tokenised batches. */
    private static final class Bare implements AutoCloseable {
        private final OrtEnvironment env = OrtEnvironment.getEnvironment();
        private final OrtSession session;

        Bare(EncoderSpec spec) {
            try (InputStream model = EncoderBenchmark.class.getResourceAsStream(spec.modelResource());
                 OrtSession.SessionOptions options = OnnxTextEncoder.sessionOptions(1)) {
                session = env.createSession(model.readAllBytes(), options);
            } catch (IOException | OrtException e) {
                throw new MerchLabException("cannot load the bare ONNX session: " + e.getMessage(), e);
            }
        }

        /** Runs each batch and copies its last hidden state out, as the pipeline does. */
        Object run(List<TokenBatch> batches) throws OrtException {
            long floats = 0;
            for (TokenBatch b : batches) {
                long[] shape = {b.size(), b.length()};
                try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(b.ids()), shape);
                     OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(b.mask()), shape);
                     OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(b.types()), shape);
                     OrtSession.Result r = session.run(Map.of("input_ids", ids, "attention_mask", mask,
                             "token_type_ids", types))) {
                    floats += ((OnnxTensor) r.get(0)).getFloatBuffer().remaining();
                }
            }
            return floats;
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (OrtException ignored) {
                // closing anyway
            }
        }
    }
}
