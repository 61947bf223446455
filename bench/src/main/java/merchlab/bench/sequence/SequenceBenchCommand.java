package merchlab.bench.sequence;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.cli.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchlab bench-sequence}: the sequence recommender on MovieLens-100k (see {@link SequenceBenchmark}). */
@Command(name = "bench-sequence", mixinStandardHelpOptions = true,
        description = "the sequence recommender against its baselines on MovieLens-100k (one JSON document)")
public final class SequenceBenchCommand implements Runnable {
    @Option(names = "--data", paramLabel = "DIR", description = "RecBole's ml-100k atomic files "
            + "(default ../shared/data/movielens-100k)")
    String data;

    @Option(names = "--workspace", paramLabel = "FILE", description = "a workspace to reuse, or where to build it "
            + "(default: a new temporary one)")
    String workspace;

    @Option(names = "--encoder", paramLabel = "NAME", description = "the text encoder for a new workspace (default en)")
    String encoder;

    @Option(names = "--part", paramLabel = "PART", description = "anchor, cold or all (default)")
    String part;

    @Option(names = "--seed", paramLabel = "S", description = "default 2020")
    String seed;

    @Option(names = "--epochs", paramLabel = "N", description = "default 300")
    String epochs;

    @Option(names = "--lr", paramLabel = "X", description = "default 0.002")
    String lr;

    @Option(names = "--batch", paramLabel = "N", description = "default 64")
    String batch;

    @Option(names = "--patience", paramLabel = "N", description = "default 15")
    String patience;

    @Option(names = "--threads", paramLabel = "N", description = "training threads (default: PyTorch's)")
    String threads;

    @Option(names = "--cold-share", paramLabel = "X", description = "share of movies held out for cold start")
    String coldShare;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a sequence option of merchlab train "
            + "--model sequence, over the tuned ones")
    Map<String, String> set = new LinkedHashMap<>();

    @Override
    public void run() {
        Map<String, String> options = new LinkedHashMap<>();
        put(options, "data", data);
        put(options, "workspace", workspace);
        put(options, "encoder", encoder);
        put(options, "part", part);
        put(options, "seed", seed);
        put(options, "epochs", epochs);
        put(options, "lr", lr);
        put(options, "batch", batch);
        put(options, "patience", patience);
        put(options, "threads", threads);
        put(options, "cold-share", coldShare);
        Map<String, String> sequence = new LinkedHashMap<>(SequenceBenchmark.TUNED);
        sequence.putAll(set);
        try {
            Json.print(new SequenceBenchmark(options, sequence).run());
        } catch (java.io.IOException e) {
            throw new merchlab.MerchLabException("cannot build the benchmark workspace: " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }
}
