package merchlab.bench.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import merchlab.MerchLabException;
import merchlab.model.TrainingSettings;
import merchlab.store.EmbeddingStore;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merchlab bench-ranking}: the ranker and every baseline side by side (see {@link RankingBenchmark}). */
@Command(name = "bench-ranking", mixinStandardHelpOptions = true,
        description = "train and time the ranker and every baseline on one workspace (a markdown report)")
public final class RankingBenchCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "an imported and encoded workspace")
    Path file;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "8", description = "ranker epochs (default 8)")
    int epochs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "512", description = "batch size (default 512)")
    int batch;

    @Option(names = "--reuse", description = "time the saved models only, without training")
    boolean reuse;

    @Override
    public void run() {
        if (!Files.exists(file)) {
            throw new MerchLabException("no workspace at " + file);
        }
        Workspace ws = Workspace.open(file);
        String encoder = new EmbeddingStore(ws).encoder().orElse("en");
        RankingBenchmark benchmark = new RankingBenchmark(ws, () -> Encoders.open(encoder));
        TrainingSettings settings = TrainingSettings.defaults().withEpochs(epochs).withBatchSize(batch)
                .withDevice("cpu");
        System.out.println(reuse ? benchmark.latencyOnly() : benchmark.run(settings));
    }
}
