package merchlab.bench.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import merchlab.metric.Ndcg;
import merchlab.query.CategoryGuess;
import merchlab.query.CategoryModel;
import merchlab.search.Candidate;
import merchlab.search.Filters;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.store.ProductStore;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeReport;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.Encoders;
import merchlab.text.ProductText;
import merchlab.text.Scripts;
import merchlab.workspace.Workspace;

/**
 * Retrieval quality on a shop with judged queries (a generated shop, or a real catalog with a query set written for
 * it): NDCG@10 and top-1 accuracy (the share of queries whose first product is judged Exact) of lexical, semantic and
 * hybrid retrieval per encoder, query language and query kind, and the accuracy of the category read from each query
 * against its true category where the query set names one.
 */
public final class QualityEvaluation {
    /**
     * @param shop          the catalog, queries and judgments
     * @param workspace     the workspace file to load and encode the shop into (kept, so a second run reuses vectors)
     * @param encoders      encoders to compare, for example {@code en}, {@code zh} and {@code en+zh} (both at once, each
     *                      query embedded by the encoder of its script)
     * @param perGroup      queries sampled per language and kind (0 for all)
     * @param threads       cores for encoding and search
     * @param retrieval     hybrid retrieval settings
     * @param categories    category model settings
     * @param spelling      whether words no product uses are corrected to the catalog's spelling
     * @param translation   whether Chinese queries are read in English on an English catalog
     * @param productTypes  whether a query naming no kind of product searches the kind it describes
     */
    public record Options(ShopFiles shop, Path workspace, List<String> encoders, int perGroup, int threads, long seed,
                          HybridRetriever.Options retrieval, CategoryModel.Settings categories, boolean spelling,
                          boolean translation, boolean productTypes) {
    }

    /** NDCG@10 and top-1 accuracy (first product judged Exact) of one retriever on one group of queries. */
    public record NdcgCell(String encoder, String retriever, String lang, String kind, int queries, double ndcg,
                           double top1) {
    }

    /** A query whose first hybrid result is not judged Exact, with what came first. */
    public record Miss(String encoder, String query, String kind, String firstProduct, String firstTitle,
                       String firstCategory) {
    }

    /** Category accuracy on one group of queries. */
    public record CategoryCell(String encoder, String lang, String kind, int queries, double top1, double top3) {
    }

    /**
     * The time of a hybrid search (query embedding included: each query is searched first in hybrid mode) after the
     * first {@link #WARM_UP} queries.
     */
    public record Latency(String encoder, int queries, double medianMs, double p90Ms) {
    }

    /** Everything measured. */
    public record Report(int products, double cjkShare, String autoChoice, Map<String, Double> encodeSeconds,
                         List<NdcgCell> ndcg, List<CategoryCell> category, List<Miss> misses, List<Latency> latency) {
    }

    /** Queries searched before search times are kept. */
    static final int WARM_UP = 20;

    /** Misses kept in the report, per encoder. */
    static final int MISSES_KEPT = 200;

    private final Options options;
    private final Consumer<String> log;

    public QualityEvaluation(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public Report run() {
        ShopFiles shop = options.shop();
        Workspace ws = Workspace.open(options.workspace());
        if (new ProductStore(ws).count() == 0) {
            log.accept("importing " + shop.catalog() + " into " + options.workspace());
            new ImportService(ws).run(ImportRequest.of(shop.catalog(), DataKind.CATALOG), ImportListener.NONE,
                    CancelToken.none());
        }
        Scripts.Counts[] counting = {Scripts.Counts.ZERO};
        Map<String, Product> products = new HashMap<>();
        new ProductStore(ws).forEach(p -> {
            counting[0] = counting[0].plus(Scripts.count(ProductText.compose(p)));
            products.put(p.id(), p);
        });
        Scripts.Counts counts = counting[0];
        Map<String, Map<String, Double>> judgments = shop.judgments();
        List<ShopFiles.LabelledQuery> queries = sample(shop.queries());
        Map<String, Double> encodeSeconds = new LinkedHashMap<>();
        List<NdcgCell> ndcg = new ArrayList<>();
        List<CategoryCell> category = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        List<Latency> latency = new ArrayList<>();
        for (String encoder : options.encoders()) {
            // "en+zh": products embedded with both, each query with the encoder of its script
            List<String> names = List.of(encoder.split("\\+"));
            EncodeReport r = new EncodeService(ws, Encoders::open, EncoderChoice.DEFAULT, options.threads())
                    .encode(names.size() > 1 ? EncoderChoice.BOTH : encoder, new EncodeListener() {
                        @Override
                        public void progress(int embedded, int toEmbed) {
                            if (embedded % 5_000 < EncodeService.BATCH || embedded == toEmbed) {
                                log.accept("encode " + encoder + ": " + embedded + "/" + toEmbed);
                            }
                        }
                    }, CancelToken.none());
            encodeSeconds.put(encoder, r.seconds());
            try (ProductSearch search = ProductSearch.open(ws, names, Encoders::open, options.threads(),
                    options.retrieval(), options.categories())) {
                search.optSpelling(options.spelling()).optTranslation(options.translation())
                        .optProductTypes(options.productTypes());
                latency.add(evaluate(encoder, search, queries, judgments, ndcg, category, misses, products));
            }
        }
        return new Report(products.size(), counts.cjkShare(), EncoderChoice.DEFAULT.choose(counts), encodeSeconds, ndcg,
                category, misses, latency);
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

    private Latency evaluate(String encoder, ProductSearch search, List<ShopFiles.LabelledQuery> queries,
                          Map<String, Map<String, Double>> judgments, List<NdcgCell> ndcgOut, List<CategoryCell> categoryOut,
                          List<Miss> missesOut, Map<String, Product> products) {
        Ndcg ndcg = new Ndcg(10);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, double[]> cats = new LinkedHashMap<>();
        int done = 0;
        int missed = 0;
        List<Double> millis = new ArrayList<>();
        for (ShopFiles.LabelledQuery q : queries) {
            Map<String, Double> gains = judgments.getOrDefault(q.query(), Map.of());
            for (HybridRetriever.Mode mode : HybridRetriever.Mode.values()) {
                long began = System.nanoTime();
                SearchResult r = search.search(q.query(), 10, Filters.none(), mode, java.util.Set.of());
                if (mode == HybridRetriever.Mode.HYBRID && done >= WARM_UP) {
                    millis.add((System.nanoTime() - began) / 1e6);
                }
                List<String> ids = r.candidates().stream().map(Candidate::productId).toList();
                double v = ndcg.of(ids, gains);
                boolean firstExact = !ids.isEmpty() && gains.getOrDefault(ids.get(0), 0.0) >= 1.0;
                for (String group : groups(mode.name().toLowerCase(), q)) {
                    double[] s = sums.computeIfAbsent(group, g -> new double[3]);
                    s[0] += v;
                    s[1]++;
                    s[2] += firstExact ? 1 : 0;
                }
                if (mode == HybridRetriever.Mode.HYBRID && !firstExact && missed++ < MISSES_KEPT) {
                    Product first = ids.isEmpty() ? null : products.get(ids.get(0));
                    missesOut.add(new Miss(encoder, q.query(), q.kind(), first == null ? null : first.id(),
                            first == null ? null : first.title(), first == null ? null : first.category()));
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
            ndcgOut.add(new NdcgCell(encoder, g[0], g[1], g[2], (int) s[1], s[0] / s[1], s[2] / s[1]));
        });
        cats.forEach((group, c) -> {
            String[] g = group.split("/");
            categoryOut.add(new CategoryCell(encoder, g[1], g[2], (int) c[2], c[0] / c[2], c[1] / c[2]));
        });
        Collections.sort(millis);
        return new Latency(encoder, millis.size(), millis.isEmpty() ? Double.NaN : millis.get(millis.size() / 2),
                millis.isEmpty() ? Double.NaN : millis.get((int) (millis.size() * 0.9)));
    }

    /** The groups a query counts in: its language and kind, its language overall, and all queries. */
    private static List<String> groups(String prefix, ShopFiles.LabelledQuery q) {
        return List.of(prefix + "/" + q.lang() + "/" + q.kind(), prefix + "/" + q.lang() + "/all", prefix + "/all/all");
    }
}
