package merchlab.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import merchlab.MerchLabException;
import merchlab.query.CatalogVocabulary;
import merchlab.query.CategoryModel;
import merchlab.query.Lexicon;
import merchlab.query.PriceParser;
import merchlab.query.QueryIntent;
import merchlab.query.QueryTranslator;
import merchlab.query.QueryUnderstanding;
import merchlab.store.EmbeddingStore;
import merchlab.store.ProductStore;
import merchlab.text.Encoders;
import merchlab.text.QueryEmbedder;
import merchlab.text.Scripts;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * Search over one workspace, wired once and reused for many queries: for each encoder the workspace's products are
 * embedded with (one, or {@code en} and {@code zh} for a bilingual shop) a query cache, the semantic index, facets,
 * the hybrid retriever and query understanding; BM25 search and the catalog's words are shared. A query is embedded
 * with the encoder of its script: with CJK characters by {@code zh}, otherwise by {@code en}, when the workspace holds
 * that encoder, else by the workspace's main one. Close it to free the encoders.
 */
public final class ProductSearch implements AutoCloseable {
    /** Query embeddings kept in memory, per encoder. */
    public static final int QUERY_CACHE = 10_000;
    /** Above this many bytes of float vectors, rescoring reads them from a memory-mapped file instead of the heap. */
    static final long HEAP_FLOATS_LIMIT = 512L << 20;

    /** Everything that depends on one encoder. */
    private record Side(TextEncoder encoder, QueryEmbedder embedder, SemanticIndex semantic, ProductFacets facets,
                        HybridRetriever retriever, QueryUnderstanding understanding) {
    }

    private final List<Side> sides;
    private final LexicalSearch lexical;
    private final CatalogTerms terms;
    /** Whether the catalog's titles are written in English (at most {@link #ENGLISH_CJK_SHARE} CJK characters). */
    private final boolean englishCatalog;
    private IntentFilters intentFilters = IntentFilters.DEFAULT;
    private boolean spelling = true;
    private boolean translation = true;
    private QueryTranslator translator;
    private boolean productTypes = true;
    private ProductTypeIntent productTypeIntent;

    /** A catalog whose titles hold at most this share of CJK characters counts as written in English. */
    static final double ENGLISH_CJK_SHARE = 0.05;

    private ProductSearch(List<Side> sides, LexicalSearch lexical, CatalogTerms terms, boolean englishCatalog) {
        this.sides = List.copyOf(sides);
        this.lexical = lexical;
        this.terms = terms;
        this.englishCatalog = englishCatalog;
    }

    /** Opens search on a workspace with its recorded encoders, using every core. */
    public static ProductSearch open(Workspace workspace) {
        return open(workspace, Encoders::open, Runtime.getRuntime().availableProcessors(), HybridRetriever.Options.DEFAULT);
    }

    /**
     * Opens search on a workspace whose products have been encoded.
     *
     * @param encoders opens the workspace's encoders by name
     * @param threads  cores the semantic scan may use
     */
    public static ProductSearch open(Workspace workspace, Function<String, TextEncoder> encoders, int threads,
                                     HybridRetriever.Options options) {
        List<String> names = new EmbeddingStore(workspace).encoders();
        if (names.isEmpty()) {
            throw new MerchLabException("the workspace has no product embeddings yet: run merchlab encode --workspace "
                    + workspace.file());
        }
        return open(workspace, names, encoders, threads, options, CategoryModel.Settings.DEFAULT);
    }

    /** Opens search with the product vectors of a named encoder (for comparing encoders on one workspace). */
    public static ProductSearch open(Workspace workspace, String encoderName, Function<String, TextEncoder> encoders,
                                     int threads, HybridRetriever.Options options) {
        return open(workspace, List.of(encoderName), encoders, threads, options, CategoryModel.Settings.DEFAULT);
    }

    /**
     * Opens search with the product vectors of the named encoders, the main one first (for comparing encoders and
     * settings on one workspace).
     */
    public static ProductSearch open(Workspace workspace, List<String> encoderNames, Function<String, TextEncoder> encoders,
                                     int threads, HybridRetriever.Options options, CategoryModel.Settings categorySettings) {
        EmbeddingStore store = new EmbeddingStore(workspace);
        List<Side> sides = new ArrayList<>();
        LexicalSearch lexical = null;
        try {
            lexical = LexicalSearch.open(workspace);
            CatalogVocabulary.Builder vocabularyBuilder = CatalogVocabulary.builder();
            CatalogTerms.Builder termsBuilder = CatalogTerms.builder();
            Scripts.Counts[] titles = {Scripts.Counts.ZERO};
            new ProductStore(workspace).forEach(p -> {
                vocabularyBuilder.add(p);
                termsBuilder.add(p);
                titles[0] = titles[0].plus(Scripts.count(p.title()));
            });
            CatalogVocabulary vocabulary = vocabularyBuilder.build();
            CatalogTerms terms = termsBuilder.build();
            for (String name : encoderNames) {
                sides.add(side(workspace, store, name, encoders, threads, lexical, vocabulary, terms, options,
                        categorySettings));
            }
            return new ProductSearch(sides, lexical, terms, titles[0].cjkShare() <= ENGLISH_CJK_SHARE);
        } catch (RuntimeException e) {
            for (Side side : sides) {
                side.semantic().close();
                side.encoder().close();
            }
            if (lexical != null) {
                lexical.close();
            }
            throw e;
        }
    }

    private static Side side(Workspace workspace, EmbeddingStore store, String name, Function<String, TextEncoder> encoders,
                             int threads, LexicalSearch lexical, CatalogVocabulary vocabulary, CatalogTerms terms,
                             HybridRetriever.Options options, CategoryModel.Settings categorySettings) {
        int count = store.count(name, "product");
        TextEncoder encoder = encoders.apply(name);
        SemanticIndex semantic = null;
        try {
            int dimension = encoder.dimension();
            SemanticIndex.Builder builder = SemanticIndex.builder(dimension, count).optThreads(threads);
            if (4L * dimension * count > HEAP_FLOATS_LIMIT) {
                builder.optMappedFloats();
            }
            store.forEachProduct(name, builder::add);
            semantic = builder.build();
            ProductFacets facets = ProductFacets.load(workspace, semantic);
            QueryEmbedder embedder = new QueryEmbedder(encoder, QUERY_CACHE);
            HybridRetriever retriever = new HybridRetriever(lexical, semantic, facets, embedder::embed, terms, options);
            CategoryModel categories = CategoryModel.fit(semantic.size(), semantic::vector, facets::category,
                    categorySettings);
            return new Side(encoder, embedder, semantic, facets, retriever,
                    new QueryUnderstanding(vocabulary, categories, embedder::embed));
        } catch (RuntimeException e) {
            if (semantic != null) {
                semantic.close();
            }
            encoder.close();
            throw e;
        }
    }

    /** The side whose encoder reads {@code text}'s script: {@code zh} for CJK, {@code en} otherwise, else the main one. */
    private Side sideFor(String text) {
        String wanted = Scripts.containsCjk(text) ? "zh" : "en";
        for (Side side : sides) {
            if (side.encoder().name().equals(wanted)) {
                return side;
            }
        }
        return sides.get(0);
    }

    private Side main() {
        return sides.get(0);
    }

    /**
     * Searches: refuses a query over the {@link QueryLimits}, corrects words no product uses to the catalog word they
     * most likely mean, reads a Chinese query in English when the catalog is written in English (see
     * {@link QueryTranslator}), reads the query's intent, narrows {@code filters} by what the query states (its price,
     * and its category when confident, see {@link IntentFilters}), searches the words of the catalog for the kind of
     * product a query describes without naming it (see {@link ProductTypeIntent}), and retrieves the best {@code k}
     * candidates for the query text without its price phrase.
     */
    public SearchResult search(String query, int k, Filters filters) {
        return search(query, k, filters, HybridRetriever.Mode.HYBRID, Set.of());
    }

    /**
     * Like {@link #search(String, int, Filters)} with both retrievers fused or one alone, and without the filters read
     * from the query that {@code ignored} names.
     */
    public SearchResult search(String query, int k, Filters filters, HybridRetriever.Mode mode,
                               Set<IntentFilter> ignored) {
        if (query == null || query.isBlank()) {
            throw new MerchLabException("the query is empty");
        }
        QueryLimits.check(query);
        List<Correction> corrections = new ArrayList<>(spelling ? corrections(PriceParser.strip(query)) : List.of());
        String read = corrected(query, corrections);
        if (translation && englishCatalog && Scripts.containsCjk(read)) {
            QueryTranslator.Translation t = translator().translate(read);
            for (QueryTranslator.Reading r : t.readings()) {
                r.english().forEach(w -> corrections.add(new Correction(r.chinese(), w, Correction.Kind.TRANSLATION)));
            }
            read = t.text();
        }
        Side side = sideFor(PriceParser.strip(read));
        QueryIntent intent = side.understanding().understand(read);
        IntentFilters.Applied applied = intentFilters.apply(intent, filters == null ? Filters.none() : filters, ignored);
        String text = intent.text().isBlank() ? read : intent.text();
        String lexicalText = text;
        if (productTypes && corrections.isEmpty() && !Scripts.containsCjk(text) && !terms.namesProductOrBrand(text)) {
            Optional<String> type = productTypeIntent().of(text);
            if (type.isPresent()) {
                corrections.add(new Correction(text, type.get(), Correction.Kind.PRODUCT_TYPE));
                lexicalText = type.get();
            }
        }
        return new SearchResult(intent, List.copyOf(corrections), side.encoder().name(), applied.filters(),
                applied.fromQuery(), side.retriever().retrieve(text, lexicalText, k, applied.filters(), mode));
    }

    /** The kinds of product the catalog sells, embedded on first use. */
    private synchronized ProductTypeIntent productTypeIntent() {
        if (productTypeIntent == null) {
            productTypeIntent = new ProductTypeIntent(terms, sideFor("en").embedder());
        }
        return productTypeIntent;
    }

    /** Reads Chinese words in the catalog's English; made on first use, as it loads the {@link Lexicon}. */
    private synchronized QueryTranslator translator() {
        if (translator == null) {
            translator = new QueryTranslator(Lexicon.english(), w -> terms.frequency(w) > 0);
        }
        return translator;
    }

    /** The words of {@code text} that no product's indexed text holds, each with the catalog word it most likely means. */
    private List<Correction> corrections(String text) {
        List<Correction> out = new ArrayList<>();
        for (String word : new LinkedHashSet<>(CatalogTerms.words(text))) {
            if (word.length() >= CatalogTerms.MIN_CORRECTED_LENGTH && lexical.documentFrequency(word) == 0) {
                terms.correction(word).ifPresent(meant -> out.add(new Correction(word, meant)));
            }
        }
        return out;
    }

    /** {@code query} with each corrected word replaced by the word it was read as. */
    static String corrected(String query, List<Correction> corrections) {
        String out = query;
        for (Correction c : corrections) {
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(c.typed()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out).replaceAll(Matcher.quoteReplacement(c.meant()));
        }
        return out;
    }

    /** Whether words no product uses are corrected to the catalog's spelling (on unless turned off, for comparisons). */
    public ProductSearch optSpelling(boolean on) {
        this.spelling = on;
        return this;
    }

    /**
     * Whether a query that names no kind of product the catalog sells is searched with the kind it describes (on
     * unless turned off, for comparisons; see {@link ProductTypeIntent}).
     */
    public ProductSearch optProductTypes(boolean on) {
        this.productTypes = on;
        return this;
    }

    /** Whether Chinese queries are read in English on an English catalog (on unless turned off, for comparisons). */
    public ProductSearch optTranslation(boolean on) {
        this.translation = on;
        return this;
    }

    /** The catalog's words: frequencies, kinds of product, spelling. */
    public CatalogTerms terms() {
        return terms;
    }

    /** The rules that turn a query's intent into filters; {@link IntentFilters#DEFAULT} unless changed. */
    public ProductSearch optIntentFilters(IntentFilters rules) {
        this.intentFilters = rules;
        return this;
    }

    /** The workspace's main encoder name (ranking models use its vectors). */
    public String encoderName() {
        return main().encoder().name();
    }

    /** Every encoder this search embeds queries with, the main one first. */
    public List<String> encoderNames() {
        return sides.stream().map(side -> side.encoder().name()).toList();
    }

    /** The main encoder's query embedder. */
    public QueryEmbedder embedder() {
        return main().embedder();
    }

    /** The query embedder of the encoder that reads {@code text}'s script (see the class comment). */
    public QueryEmbedder embedderFor(String text) {
        return sideFor(text).embedder();
    }

    /** The main encoder's semantic index. */
    public SemanticIndex semantic() {
        return main().semantic();
    }

    public ProductFacets facets() {
        return main().facets();
    }

    public LexicalSearch lexical() {
        return lexical;
    }

    /** The candidate generator of the main encoder. */
    public HybridRetriever retriever() {
        return main().retriever();
    }

    /** Query understanding with the encoder of {@code query}'s script. */
    public QueryUnderstanding understanding(String query) {
        return sideFor(query).understanding();
    }

    @Override
    public void close() {
        lexical.close();
        for (Side side : sides) {
            side.semantic().close();
            side.encoder().close();
        }
    }
}
