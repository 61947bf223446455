package merchlab.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import merchlab.MerchLabException;
import merchlab.query.CatalogVocabulary;
import merchlab.query.CategoryModel;
import merchlab.query.PriceParser;
import merchlab.query.QueryIntent;
import merchlab.query.QueryUnderstanding;
import merchlab.text.EmbeddingStore;
import merchlab.text.Encoders;
import merchlab.text.ProductReader;
import merchlab.text.QueryEmbedder;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * Search over one workspace, wired once and reused for many queries: the workspace's encoder with a query cache, the
 * semantic index and facets, BM25 search, the hybrid retriever and query understanding. Close it to free the encoder.
 */
public final class ProductSearch implements AutoCloseable {
    /** Query embeddings kept in memory. */
    public static final int QUERY_CACHE = 10_000;
    /** Above this many bytes of float vectors, rescoring reads them from a memory-mapped file instead of the heap. */
    static final long HEAP_FLOATS_LIMIT = 512L << 20;

    private final TextEncoder encoder;
    private final QueryEmbedder embedder;
    private final SemanticIndex semantic;
    private final ProductFacets facets;
    private final LexicalSearch lexical;
    private final HybridRetriever retriever;
    private final QueryUnderstanding understanding;
    private final CatalogTerms terms;
    private IntentFilters intentFilters = IntentFilters.DEFAULT;
    private boolean spelling = true;

    private ProductSearch(TextEncoder encoder, SemanticIndex semantic, ProductFacets facets, LexicalSearch lexical,
                          CatalogVocabulary vocabulary, CatalogTerms terms, HybridRetriever.Options options,
                          CategoryModel.Settings categorySettings) {
        this.encoder = encoder;
        this.embedder = new QueryEmbedder(encoder, QUERY_CACHE);
        this.semantic = semantic;
        this.facets = facets;
        this.lexical = lexical;
        this.terms = terms;
        this.retriever = new HybridRetriever(lexical, semantic, facets, embedder::embed, terms, options);
        CategoryModel categories = CategoryModel.fit(semantic.size(), semantic::vector, facets::category,
                categorySettings);
        this.understanding = new QueryUnderstanding(vocabulary, categories, embedder::embed);
    }

    /** Opens search on a workspace with its recorded encoder, using every core. */
    public static ProductSearch open(Workspace workspace) {
        return open(workspace, Encoders::open, Runtime.getRuntime().availableProcessors(), HybridRetriever.Options.DEFAULT);
    }

    /**
     * Opens search on a workspace whose products have been encoded.
     *
     * @param encoders opens the workspace's encoder by name
     * @param threads  cores the semantic scan may use
     */
    public static ProductSearch open(Workspace workspace, Function<String, TextEncoder> encoders, int threads,
                                     HybridRetriever.Options options) {
        String encoderName = new EmbeddingStore(workspace).encoder().orElseThrow(() -> new MerchLabException(
                "the workspace has no product embeddings yet: run merchlab encode --workspace " + workspace.file()));
        return open(workspace, encoderName, encoders, threads, options);
    }

    /** Opens search with the product vectors of a named encoder (for comparing encoders on one workspace). */
    public static ProductSearch open(Workspace workspace, String encoderName, Function<String, TextEncoder> encoders,
                                     int threads, HybridRetriever.Options options) {
        return open(workspace, encoderName, encoders, threads, options, CategoryModel.Settings.DEFAULT);
    }

    /** Like {@link #open(Workspace, String, Function, int, HybridRetriever.Options)} with category model settings. */
    public static ProductSearch open(Workspace workspace, String encoderName, Function<String, TextEncoder> encoders,
                                     int threads, HybridRetriever.Options options, CategoryModel.Settings categorySettings) {
        EmbeddingStore store = new EmbeddingStore(workspace);
        int count = store.count(encoderName, "product");
        TextEncoder encoder = encoders.apply(encoderName);
        SemanticIndex semantic = null;
        LexicalSearch lexical = null;
        try {
            int dimension = encoder.dimension();
            SemanticIndex.Builder builder = SemanticIndex.builder(dimension, count).optThreads(threads);
            if (4L * dimension * count > HEAP_FLOATS_LIMIT) {
                builder.optMappedFloats();
            }
            store.forEachProduct(encoderName, builder::add);
            semantic = builder.build();
            ProductFacets facets = ProductFacets.load(workspace, semantic);
            lexical = LexicalSearch.open(workspace);
            CatalogVocabulary.Builder vocabulary = CatalogVocabulary.builder();
            CatalogTerms.Builder terms = CatalogTerms.builder();
            new ProductReader(workspace).forEach(p -> {
                vocabulary.add(p);
                terms.add(p);
            });
            return new ProductSearch(encoder, semantic, facets, lexical, vocabulary.build(), terms.build(), options,
                    categorySettings);
        } catch (RuntimeException e) {
            if (semantic != null) {
                semantic.close();
            }
            if (lexical != null) {
                lexical.close();
            }
            encoder.close();
            throw e;
        }
    }

    /**
     * Searches: refuses a query over the {@link QueryLimits}, corrects words no product uses to the catalog word they
     * most likely mean, reads the query's intent, narrows {@code filters} by what the query states (its price, and its
     * category when confident, see {@link IntentFilters}), and retrieves the best {@code k} candidates for the query
     * text without its price phrase.
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
        List<Correction> corrections = spelling ? corrections(PriceParser.strip(query)) : List.of();
        String read = corrected(query, corrections);
        QueryIntent intent = understanding.understand(read);
        IntentFilters.Applied applied = intentFilters.apply(intent, filters == null ? Filters.none() : filters, ignored);
        String text = intent.text().isBlank() ? read : intent.text();
        return new SearchResult(intent, corrections, applied.filters(), applied.fromQuery(),
                retriever.retrieve(text, k, applied.filters(), mode));
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

    /** The catalog's words: frequencies, kinds of product, spelling. */
    public CatalogTerms terms() {
        return terms;
    }

    /** The rules that turn a query's intent into filters; {@link IntentFilters#DEFAULT} unless changed. */
    public ProductSearch optIntentFilters(IntentFilters rules) {
        this.intentFilters = rules;
        return this;
    }

    /** The workspace's encoder name. */
    public String encoderName() {
        return encoder.name();
    }

    public QueryEmbedder embedder() {
        return embedder;
    }

    public SemanticIndex semantic() {
        return semantic;
    }

    public ProductFacets facets() {
        return facets;
    }

    public LexicalSearch lexical() {
        return lexical;
    }

    public HybridRetriever retriever() {
        return retriever;
    }

    public QueryUnderstanding understanding() {
        return understanding;
    }

    @Override
    public void close() {
        lexical.close();
        semantic.close();
        encoder.close();
    }
}
