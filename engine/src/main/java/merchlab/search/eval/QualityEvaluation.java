package merchlab.search.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import merchlab.CancelToken;
import merchlab.catalog.Product;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.query.CategoryGuess;
import merchlab.query.CategoryModel;
import merchlab.metric.Ndcg;
import merchlab.search.Candidate;
import merchlab.search.Filters;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeReport;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.Encoders;
import merchlab.text.ProductReader;
import merchlab.text.ProductText;
import merchlab.text.Scripts;
import merchlab.workspace.Workspace;

/**
 * Retrieval quality on a generated shop: NDCG@10 of lexical, semantic and hybrid retrieval per encoder, query
 * language and query kind (exact, misspelled, paraphrase) against the shop's judgments, and the accuracy of the
 * category read from each query against its true category.
 */
public final class QualityEvaluation {
    /**
     * @param shop          the generated shop folder
     * @param workspace     the workspace file to load and encode the shop into (kept, so a second run reuses vectors)
     * @param encoders      encoders to compare, for example {@code en} and {@code zh}
     * @param perGroup      queries sampled per language and kind (0 for all)
     * @param threads       cores for encoding and search
     * @param retrieval     hybrid retrieval settings
     * @param categories    category model settings
     */
    public record Options(Path shop, Path workspace, List<String> encoders, int perGroup, int threads, long seed,
                          HybridRetriever.Options retrieval, CategoryModel.Settings categories) {
    }

    /** NDCG@10 of one retriever on one group of queries. */
    public record NdcgCell(String encoder, String retriever, String lang, String kind, int queries, double ndcg) {
    }

    /** Category accuracy on one group of queries. */
    public record CategoryCell(String encoder, String lang, String kind, int queries, double top1, double top3) {
    }

    /** Everything measured. */
    public record Report(int products, double cjkShare, String autoChoice, Map<String, Double> encodeSeconds,
                         List<NdcgCell> ndcg, List<CategoryCell> category) {
    }

    private final Options options;
    private final Consumer<String> log;

    public QualityEvaluation(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public Report run() {
        ShopFiles shop = new ShopFiles(options.shop());
        Workspace ws = Workspace.open(options.workspace());
        List<Product> products = shop.products();
        if (new ProductReader(ws).count() != products.size()) {
            log.accept("importing " + products.size() + " products into " + options.workspace());
            new ImportService(ws).run(ImportRequest.of(options.shop().resolve("products.csv"), DataKind.CATALOG),
                    ImportListener.NONE, CancelToken.none());
        }
        Scripts.Counts counts = Scripts.Counts.ZERO;
        for (Product p : products) {
            counts = counts.plus(Scripts.count(ProductText.compose(p)));
        }
        Map<String, Map<String, Double>> judgments = shop.judgments();
        List<ShopFiles.LabelledQuery> queries = sample(shop.queries());
        Map<String, Double> encodeSeconds = new LinkedHashMap<>();
        List<NdcgCell> ndcg = new ArrayList<>();
        List<CategoryCell> category = new ArrayList<>();
        for (String encoder : options.encoders()) {
            EncodeReport r = new EncodeService(ws, Encoders::open, EncoderChoice.DEFAULT, options.threads())
                    .encode(encoder, new EncodeListener() {
                        @Override
                        public void progress(int embedded, int toEmbed) {
                            if (embedded % 5_000 < EncodeService.BATCH || embedded == toEmbed) {
                                log.accept("encode " + encoder + ": " + embedded + "/" + toEmbed);
                            }
                        }
                    }, CancelToken.none());
            encodeSeconds.put(encoder, r.seconds());
            try (ProductSearch search = ProductSearch.open(ws, encoder, Encoders::open, options.threads(),
                    options.retrieval(), options.categories())) {
                evaluate(encoder, search, queries, judgments, ndcg, category);
            }
        }
        return new Report(products.size(), counts.cjkShare(), EncoderChoice.DEFAULT.choose(counts), encodeSeconds, ndcg,
                category);
    }

    private List<ShopFiles.LabelledQuery> sample(List<ShopFiles.LabelledQuery> all) {
        if (options.perGroup() <= 0) {
            return all;
        }
        List<ShopFiles.LabelledQuery> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(options.seed()));
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<ShopFiles.LabelledQuery> out = new ArrayList<>();
        for (ShopFiles.LabelledQuery q : shuffled) {
            String group = q.lang() + "/" + q.kind();
            if (taken.merge(group, 1, Integer::sum) <= options.perGroup()) {
                out.add(q);
            }
        }
        return out;
    }

    private void evaluate(String encoder, ProductSearch search, List<ShopFiles.LabelledQuery> queries,
                          Map<String, Map<String, Double>> judgments, List<NdcgCell> ndcgOut, List<CategoryCell> categoryOut) {
        Ndcg ndcg = new Ndcg(10);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, double[]> cats = new LinkedHashMap<>();
        int done = 0;
        for (ShopFiles.LabelledQuery q : queries) {
            Map<String, Double> gains = judgments.getOrDefault(q.query(), Map.of());
            for (HybridRetriever.Mode mode : HybridRetriever.Mode.values()) {
                SearchResult r = search.search(q.query(), 10, Filters.none(), mode, java.util.Set.of());
                double v = ndcg.of(r.candidates().stream().map(Candidate::productId).toList(), gains);
                for (String group : groups(mode.name().toLowerCase(), q)) {
                    double[] s = sums.computeIfAbsent(group, g -> new double[2]);
                    s[0] += v;
                    s[1]++;
                }
                if (mode == HybridRetriever.Mode.HYBRID && q.category() != null) {
                    List<CategoryGuess> guesses = r.intent().categories();
                    boolean top1 = !guesses.isEmpty() && guesses.get(0).path().equals(q.category());
                    boolean top3 = guesses.stream().anyMatch(g -> g.path().equals(q.category()));
                    for (String group : groups("category", q)) {
                        double[] c = cats.computeIfAbsent(group, g -> new double[3]);
                        c[0] += top1 ? 1 : 0;
                        c[1] += top3 ? 1 : 0;
                        c[2]++;
                    }
                }
            }
            if (++done % 500 == 0) {
                log.accept("evaluate " + encoder + ": " + done + "/" + queries.size() + " queries");
            }
        }
        sums.forEach((group, s) -> {
            String[] g = group.split("/");
            ndcgOut.add(new NdcgCell(encoder, g[0], g[1], g[2], (int) s[1], s[0] / s[1]));
        });
        cats.forEach((group, c) -> {
            String[] g = group.split("/");
            categoryOut.add(new CategoryCell(encoder, g[1], g[2], (int) c[2], c[0] / c[2], c[1] / c[2]));
        });
    }

    /** The groups a query counts in: its language and kind, its language overall, and all queries. */
    private static List<String> groups(String prefix, ShopFiles.LabelledQuery q) {
        return List.of(prefix + "/" + q.lang() + "/" + q.kind(), prefix + "/" + q.lang() + "/all", prefix + "/all/all");
    }
}
