package merchlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import merchlab.query.CategoryModel;
import merchlab.search.HybridRetriever;
import merchlab.search.eval.QualityEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchlab bench-language quality}: NDCG@10 and category accuracy on a generated shop. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "NDCG@10 of lexical, semantic and hybrid retrieval per encoder, language and query kind, and "
                + "category accuracy of query understanding, on a shop written by merchlab generate")
final class BenchQualityCommand implements Runnable {
    @Option(names = "--shop", required = true, paramLabel = "DIR", description = "folder from merchlab generate")
    Path shop;

    @Option(names = "--workspace", paramLabel = "W",
            description = "workspace to load and encode the shop into; reused by later runs (default: DIR/eval.db)")
    Path workspace;

    @Option(names = "--encoders", split = ",", defaultValue = "en,zh", paramLabel = "LIST",
            description = "encoders to compare (default: ${DEFAULT-VALUE})")
    List<String> encoders;

    @Option(names = "--per-group", defaultValue = "0", paramLabel = "N",
            description = "queries sampled per language and kind, 0 for all (default: ${DEFAULT-VALUE})")
    int perGroup;

    @Option(names = "--threads", paramLabel = "N", description = "cores to use (default: all)")
    Integer threads;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Option(names = "--depth", paramLabel = "N", description = "products each retriever lists before fusion")
    Integer depth;

    @Option(names = "--rrf-k", paramLabel = "K", description = "reciprocal rank fusion constant")
    Integer rrfK;

    @Option(names = "--lexical-weight", paramLabel = "W", description = "weight of the lexical list")
    Double lexicalWeight;

    @Option(names = "--coverage-exponent", paramLabel = "E", description = "lexical weight times coverage^E (0: off)")
    Double coverageExponent;

    @Option(names = "--temperature", paramLabel = "T", description = "category model softmax temperature")
    Double temperature;

    @Option(names = "--word-bonus", paramLabel = "B", description = "category model bonus for a named category word")
    Double wordBonus;

    @Option(names = "--script-bonus", paramLabel = "B", description = "category model bonus for a path in the query's script")
    Double scriptBonus;

    @Override
    public void run() {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path ws = workspace != null ? workspace : shop.resolve("eval.db");
        HybridRetriever.Options d = HybridRetriever.Options.DEFAULT;
        HybridRetriever.Options retrieval = new HybridRetriever.Options(or(depth, d.depth()), or(rrfK, d.rrfK()),
                or(lexicalWeight, d.lexicalWeight()), d.semanticWeight(), or(coverageExponent, d.coverageExponent()));
        CategoryModel.Settings cd = CategoryModel.Settings.DEFAULT;
        CategoryModel.Settings categories = new CategoryModel.Settings(or(temperature, cd.temperature()),
                or(wordBonus, cd.wordBonus()), or(scriptBonus, cd.scriptBonus()));
        System.err.println("quality: retrieval " + retrieval + ", categories " + categories);
        QualityEvaluation.Report r = new QualityEvaluation(new QualityEvaluation.Options(shop, ws, encoders, perGroup,
                cores, 7L, retrieval, categories), m -> System.err.println("quality: " + m)).run();
        if (json) {
            Json.print(r);
            return;
        }
        System.out.printf(Locale.ROOT, "%d products, CJK share %.1f%%, auto encoder: %s; encode seconds %s%n",
                r.products(), 100 * r.cjkShare(), r.autoChoice(), r.encodeSeconds());
        System.out.println("NDCG@10");
        System.out.printf("%-8s %-5s %-11s %7s %8s %8s %8s%n", "encoder", "lang", "kind", "queries", "lexical", "semantic",
                "hybrid");
        for (QualityEvaluation.NdcgCell c : r.ndcg()) {
            if (!c.retriever().equals("lexical")) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-8s %-5s %-11s %7d %8.4f %8.4f %8.4f%n", c.encoder(), c.lang(), c.kind(),
                    c.queries(), c.ndcg(), value(r, c, "semantic"), value(r, c, "hybrid"));
        }
        System.out.println("category accuracy (query understanding)");
        System.out.printf("%-8s %-5s %-11s %7s %8s %8s%n", "encoder", "lang", "kind", "queries", "top-1", "top-3");
        for (QualityEvaluation.CategoryCell c : r.category()) {
            System.out.printf(Locale.ROOT, "%-8s %-5s %-11s %7d %8.4f %8.4f%n", c.encoder(), c.lang(), c.kind(), c.queries(),
                    c.top1(), c.top3());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static double value(QualityEvaluation.Report r, QualityEvaluation.NdcgCell like, String retriever) {
        return r.ndcg().stream().filter(c -> c.encoder().equals(like.encoder()) && c.lang().equals(like.lang())
                && c.kind().equals(like.kind()) && c.retriever().equals(retriever)).mapToDouble(
                QualityEvaluation.NdcgCell::ndcg).findFirst().orElse(Double.NaN);
    }
}
