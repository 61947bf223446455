package merchlab.bench.language;

import java.nio.file.Path;
import java.util.Locale;
import merchlab.bench.language.TaobaoNerEvaluation;
import merchlab.cli.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchlab bench-language ner}: brand and product-word extraction on the Taobao NER corpus. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "brand (HP) and product word (HC) extraction precision/recall/F1 on the Taobao NER titles and "
                + "queries, with a vocabulary collected from the training split")
final class BenchNerCommand implements Runnable {
    @Option(names = "--data", defaultValue = "../shared/data/chinese-ecommerce/taobao-ner", paramLabel = "DIR",
            description = "folder with train/dev/test .txt.bieos (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        if (!data.resolve("train.txt.bieos").toFile().isFile()) {
            throw new merchlab.MerchLabException("no Taobao NER corpus in " + data + " (expected train.txt.bieos)");
        }
        TaobaoNerEvaluation.Report r = new TaobaoNerEvaluation(data).run();
        if (json) {
            Json.print(r);
            return;
        }
        System.out.println("dev: vocabulary threshold -> overall F1");
        for (TaobaoNerEvaluation.Run run : r.dev()) {
            System.out.printf(Locale.ROOT, "  min precision %.1f: %d words, F1 %.4f%n", run.minPrecision(), run.vocabulary(),
                    run.scores().get(run.scores().size() - 1).f1());
        }
        print(r.test());
        print(r.testUnfiltered());
        System.out.println("test entities whose words were tagged alike in training: " + r.testEntitiesSeenInTraining());
    }

    private static void print(TaobaoNerEvaluation.Run run) {
        System.out.printf(Locale.ROOT, "%s, min precision %.1f, %d words:%n", run.split(), run.minPrecision(), run.vocabulary());
        System.out.printf("  %-4s %6s %9s %7s %9s %7s %7s%n", "type", "gold", "predicted", "correct", "precision", "recall", "F1");
        for (TaobaoNerEvaluation.Score s : run.scores()) {
            System.out.printf(Locale.ROOT, "  %-4s %6d %9d %7d %9.4f %7.4f %7.4f%n", s.type(), s.gold(), s.predicted(),
                    s.correct(), s.precision(), s.recall(), s.f1());
        }
    }
}
