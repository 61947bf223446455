package merchlab.bench.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import merchlab.catalog.Product;
import merchlab.bench.language.SemanticBenchmark;
import merchlab.bench.language.ShopFiles;
import merchlab.cli.Json;
import merchlab.text.EncodeService;
import merchlab.bench.language.EncoderBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchlab bench-language speed}: encoder throughput and semantic search latency, side by side in one run. */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = "embedding throughput of the pipeline vs a bare ONNX Runtime session, and semantic top-10 latency "
                + "and memory at 100k and 1M random vectors; run with -Xmx2g to check the 1M index fits a 2 GB heap")
final class BenchSpeedCommand implements Runnable {
    @Option(names = "--shop", paramLabel = "DIR", description = "take English titles from this generated shop "
            + "(default: synthetic titles)")
    Path shop;

    @Option(names = "--titles", defaultValue = "4000", paramLabel = "N", description = "titles to embed (default: ${DEFAULT-VALUE})")
    int titles;

    @Option(names = "--encoders", split = ",", defaultValue = "en", paramLabel = "LIST", description = "encoders to time (default: ${DEFAULT-VALUE})")
    List<String> encoders;

    @Option(names = "--batch", defaultValue = "" + EncodeService.BATCH, paramLabel = "N", description = "texts per "
            + "encoder call, as merchlab encode gives them; each call runs the model on batches of up to 32 texts of "
            + "similar token length (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--rounds", defaultValue = "11", paramLabel = "N", description = "rounds; pipeline and bare session "
            + "take turns at going first (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000", paramLabel = "LIST",
            description = "catalog sizes for semantic search (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--queries", defaultValue = "200", paramLabel = "N", description = "timed queries per size (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "cores (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--skip-encoders", description = "only time semantic search")
    boolean skipEncoders;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        doc.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<EncoderBenchmark.Result> enc = new ArrayList<>();
        if (!skipEncoders && !encoders.isEmpty()) {
            List<String> texts = titles();
            for (String e : encoders) {
                enc.add(new EncoderBenchmark(m -> System.err.println("speed: " + e + " " + m)).run(e, texts, batch, threads, rounds));
            }
        }
        doc.put("encoders", enc);
        List<SemanticBenchmark.Result> sem = new ArrayList<>();
        SemanticBenchmark bench = new SemanticBenchmark(m -> System.err.println("speed: " + m));
        for (int n : sizes) {
            boolean mapped = n > 200_000;
            sem.add(bench.run(n, 384, threads, mapped, false, queries, n > 200_000 ? 10 : 30, 11));
            if (n <= 200_000) {
                sem.add(bench.run(n, 384, threads, false, true, Math.min(queries, 50), 0, 11));
            }
        }
        doc.put("semantic", sem);
        if (json) {
            Json.print(doc);
            return;
        }
        System.out.printf(Locale.ROOT, "cores %s, max heap %s MiB, load average %.2f%n", doc.get("cores"),
                doc.get("maxHeapMiB"), (Double) doc.get("loadAverage"));
        for (EncoderBenchmark.Result r : enc) {
            System.out.printf(Locale.ROOT, "encoder %s: %d titles (%.1f tokens each, %.1f%% padding), %d per call, model "
                            + "batches of up to %d, %d threads: pipeline %.0f/s, bare ONNX Runtime %.0f/s, ratio %.3f "
                            + "(median of %d rounds; per round %.3f-%.3f); interleaved ratio %.3f (per round %.3f-%.3f); "
                            + "per CPU-second %.0f vs %.0f (x %d cores = %.0f vs %.0f/s on an idle machine); load "
                            + "average %.2f before, %.2f after%n",
                    r.encoder(), r.texts(), r.tokensPerText(), 100 * r.paddingShare(), r.chunk(), r.maxBatch(),
                    r.threads(), r.pipelinePerSecond(), r.barePerSecond(), r.ratio(), r.roundRatios().size(),
                    min(r.roundRatios()), max(r.roundRatios()), r.interleavedRatio(), min(r.interleavedRatios()),
                    max(r.interleavedRatios()),
                    r.pipelinePerCpuSecond(), r.barePerCpuSecond(), r.threads(), r.threads() * r.pipelinePerCpuSecond(),
                    r.threads() * r.barePerCpuSecond(), r.loadAverageBefore(), r.loadAverageAfter());
        }
        for (SemanticBenchmark.Result r : sem) {
            System.out.printf(Locale.ROOT, "semantic top-10 over %,d x %d (%s, %s floats, %d threads): median %.2f ms, "
                            + "p90 %.2f ms, recall@10 %.3f, heap %d B/product (measured %.0f B), built in %.1f s%n",
                    r.products(), r.dimension(), r.kernel(), r.mappedFloats() ? "mapped" : "heap", r.threads(),
                    r.medianMillis(), r.p90Millis(), r.recallAt10(), r.heapBytesPerProduct(),
                    r.measuredHeapBytesPerProduct(), r.buildSeconds());
        }
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private List<String> titles() {
        List<String> out = new ArrayList<>();
        if (shop != null) {
            for (Product p : new ShopFiles(shop).products()) {
                if (!merchlab.text.Scripts.containsCjk(p.title())) {
                    out.add(p.title());
                }
            }
        }
        Random r = new Random(5);
        String[] brands = {"Stride", "Loomwell", "Solemate", "Nordic", "Apex", "Lumen"};
        String[] adjectives = {"Lightweight", "Waterproof", "Classic", "Organic", "Wireless", "Leather", "Slim", "Cotton"};
        String[] nouns = {"Running Shoes", "Rain Jacket", "Headphones", "Backpack", "Coffee Mug", "Yoga Mat", "Desk Lamp"};
        String[] colours = {"Black", "Red", "Navy", "Olive", "White", "Grey"};
        while (out.size() < titles) {
            out.add(brands[r.nextInt(brands.length)] + " " + adjectives[r.nextInt(adjectives.length)] + " "
                    + adjectives[r.nextInt(adjectives.length)] + " " + nouns[r.nextInt(nouns.length)] + ", "
                    + colours[r.nextInt(colours.length)]);
        }
        return out.subList(0, titles);
    }
}
