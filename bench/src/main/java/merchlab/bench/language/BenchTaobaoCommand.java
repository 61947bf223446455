package merchlab.bench.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import merchlab.MerchLabException;
import merchlab.bench.language.TaobaoLexicalEvaluation;
import merchlab.cli.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchlab bench-language taobao}: full-text search on real Chinese Taobao queries. */
@Command(name = "taobao", mixinStandardHelpOptions = true,
        description = "index the 101k Taobao queries as titles and measure known-item search with MerchLab's Chinese "
                + "analysis against FTS5's unicode61 and trigram tokenizers")
final class BenchTaobaoCommand implements Runnable {
    @Option(names = "--data", defaultValue = "../shared/data/chinese-ecommerce/taobao-queries", paramLabel = "DIR",
            description = "folder with train.query.txt and dev.query.txt (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--workspace", paramLabel = "W", description = "workspace file to build (default: a temporary file)")
    Path workspace;

    @Option(names = "--probes", defaultValue = "1000", paramLabel = "N", description = "dev queries probed (default: ${DEFAULT-VALUE})")
    int probes;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        if (!Files.isRegularFile(data.resolve("train.query.txt"))) {
            throw new MerchLabException("no Taobao queries in " + data + " (expected train.query.txt)");
        }
        Path ws = workspace;
        try {
            if (ws == null) {
                ws = Files.createTempDirectory("merchlab-taobao").resolve("taobao.db");
            }
        } catch (java.io.IOException e) {
            throw new MerchLabException("cannot create a temporary folder: " + e.getMessage());
        }
        TaobaoLexicalEvaluation.Report r = new TaobaoLexicalEvaluation(data, ws, probes,
                m -> System.err.println("taobao: " + m)).run();
        if (json) {
            Json.print(r);
            return;
        }
        System.out.printf("%d queries indexed%n", r.indexed());
        System.out.printf("%-26s %-12s %6s %7s %7s %7s %9s %8s%n", "analysis", "probe", "probes", "hit@1", "hit@10",
                "MRR@10", "no result", "median");
        for (TaobaoLexicalEvaluation.Score s : r.scores()) {
            System.out.printf(Locale.ROOT, "%-26s %-12s %6d %7.4f %7.4f %7.4f %9.4f %6.2fms%n", s.analysis(), s.probe(),
                    s.probes(), s.hitAt1(), s.hitAt10(), s.mrrAt10(), s.noResult(), s.medianMillis());
        }
    }
}
