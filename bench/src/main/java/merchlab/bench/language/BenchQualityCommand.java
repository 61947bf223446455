package merchlab.bench.language;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import merchlab.cli.Json;
import merchlab.query.CategoryModel;
import merchlab.search.HybridRetriever;
import merchlab.MerchLabException;
import merchlab.bench.language.QualityEvaluation;
import merchlab.bench.language.ShopFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merchlab bench-language quality}: NDCG@10, top-1 accuracy and category accuracy on judged queries. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "NDCG@10 and top-1 accuracy of lexical, semantic and hybrid retrieval per encoder, language and "
                + "query kind, and category accuracy of query understanding, on a shop written by merchlab generate "
                + "or on a real catalog with a query set (--catalog, --queries, --judgments)")
final class BenchQualityCommand implements Runnable {
    @Option(names = "--shop", paramLabel = "DIR",
            description = "folder from merchlab generate (products.csv, queries.csv, judgments.csv)")
    Path shop;

    @Option(names = "--catalog", paramLabel = "FILE", description = "a catalog feed in a format import reads")
    Path catalog;

    @Option(names = "--queries", paramLabel = "FILE", description = "the query set: query,lang,kind[,category]")
    Path queries;

    @Option(names = "--judgments", paramLabel = "FILE", description = "the judgments: query,product_id,grade")
    Path judgments;

    @Option(names = "--workspace", paramLabel = "W",
            description = "workspace to load and encode the shop into; reused by later runs "
                    + "(default: DIR/eval.db, or the catalog's name with .db)")
    Path workspace;

    @Option(names = "--misses", description = "list the queries whose first hybrid result is not judged Exact")
    boolean misses;

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

    @Option(names = "--minor-word-weight", paramLabel = "W",
            description = "lexical weight times W when the query names no kind of product or brand (1: off)")
    Double minorWordWeight;

    @Option(names = "--no-spelling", description = "do not correct words the catalog does not use")
    boolean noSpelling;

    @Option(names = "--no-translation", description = "do not read Chinese queries in English on an English catalog")
    boolean noTranslation;

    @Option(names = "--no-product-types",
            description = "do not search the kind of product a query describes without naming it")
    boolean noProductTypes;

    @Option(names = "--temperature", paramLabel = "T", description = "category model softmax temperature")
    Double temperature;

    @Option(names = "--word-bonus", paramLabel = "B", description = "category model bonus for a named category word")
    Double wordBonus;

    @Option(names = "--script-bonus", paramLabel = "B", description = "category model bonus for a path in the query's script")
    Double scriptBonus;

    @Override
    public void run() {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ShopFiles files;
        Path ws;
        if (catalog != null && queries != null && judgments != null && shop == null) {
            files = new ShopFiles(catalog, queries, judgments);
            ws = workspace != null ? workspace : catalog.resolveSibling(catalog.getFileName() + ".db");
        } else if (shop != null && catalog == null && queries == null && judgments == null) {
            files = new ShopFiles(shop);
            ws = workspace != null ? workspace : shop.resolve("eval.db");
        } else {
            throw new MerchLabException("name either --shop DIR, or --catalog, --queries and --judgments");
        }
        HybridRetriever.Options d = HybridRetriever.Options.DEFAULT;
        HybridRetriever.Options retrieval = new HybridRetriever.Options(or(depth, d.depth()), or(rrfK, d.rrfK()),
                or(lexicalWeight, d.lexicalWeight()), d.semanticWeight(), or(coverageExponent, d.coverageExponent()),
                or(minorWordWeight, d.minorWordWeight()));
        CategoryModel.Settings cd = CategoryModel.Settings.DEFAULT;
        CategoryModel.Settings categories = new CategoryModel.Settings(or(temperature, cd.temperature()),
                or(wordBonus, cd.wordBonus()), or(scriptBonus, cd.scriptBonus()));
        System.err.println("quality: retrieval " + retrieval + ", categories " + categories);
        QualityEvaluation.Report r = new QualityEvaluation(new QualityEvaluation.Options(files, ws, encoders, perGroup,
                cores, 7L, retrieval, categories, !noSpelling, !noTranslation, !noProductTypes),
                m -> System.err.println("quality: " + m)).run();
        if (json) {
            Json.print(r);
            return;
        }
        System.out.printf(Locale.ROOT, "%d products, CJK share %.1f%%, auto encoder: %s; encode seconds %s%n",
                r.products(), 100 * r.cjkShare(), r.autoChoice(), r.encodeSeconds());
        System.out.println("NDCG@10 and top-1 (the share of queries whose first product is judged Exact)");
        System.out.printf("%-8s %-5s %-12s %7s %8s %8s %8s %8s %8s %8s%n", "encoder", "lang", "kind", "queries",
                "lexical", "semantic", "hybrid", "top1-lex", "top1-sem", "top1-hyb");
        for (QualityEvaluation.NdcgCell c : r.ndcg()) {
            if (!c.retriever().equals("lexical")) {
                continue;
            }
            QualityEvaluation.NdcgCell sem = cell(r, c, "semantic");
            QualityEvaluation.NdcgCell hyb = cell(r, c, "hybrid");
            System.out.printf(Locale.ROOT, "%-8s %-5s %-12s %7d %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f%n", c.encoder(),
                    c.lang(), c.kind(), c.queries(), c.ndcg(), sem.ndcg(), hyb.ndcg(), c.top1(), sem.top1(), hyb.top1());
        }
        if (misses) {
            System.out.println("queries whose first hybrid result is not judged Exact");
            for (QualityEvaluation.Miss m : r.misses()) {
                System.out.printf(Locale.ROOT, "%-8s %-12s %-40s -> %s [%s]%n", m.encoder(), m.kind(), m.query(),
                        m.firstTitle(), m.firstCategory());
            }
        }
        System.out.println("hybrid search time per query (query embedding included, after warm-up)");
        for (QualityEvaluation.Latency l : r.latency()) {
            System.out.printf(Locale.ROOT, "%-8s %7d queries  median %.2f ms  p90 %.2f ms%n", l.encoder(), l.queries(),
                    l.medianMs(), l.p90Ms());
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

    private static QualityEvaluation.NdcgCell cell(QualityEvaluation.Report r, QualityEvaluation.NdcgCell like,
                                                   String retriever) {
        return r.ndcg().stream().filter(c -> c.encoder().equals(like.encoder()) && c.lang().equals(like.lang())
                && c.kind().equals(like.kind()) && c.retriever().equals(retriever)).findFirst().orElseThrow();
    }
}
