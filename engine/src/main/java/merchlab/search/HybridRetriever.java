package merchlab.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import merchlab.text.Vectors;

/**
 * The candidate generator: BM25 and embedding search each list their best products, and reciprocal rank fusion merges
 * the two lists. Every candidate carries both retrievers' ranks and scores, ready for a re-ranking model.
 */
public final class HybridRetriever {
    /** Which lists to use: both fused, or one alone (for comparisons). */
    public enum Mode { HYBRID, LEXICAL, SEMANTIC }

    /**
     * @param depth            products each retriever lists before fusion (at least k)
     * @param rrfK             the rank constant of reciprocal rank fusion
     * @param lexicalWeight    weight of the lexical list in the fusion
     * @param semanticWeight   weight of the semantic list in the fusion
     * @param coverageExponent the lexical weight is further multiplied by {@link LexicalSearch#coverage} to this power,
     *                         so a query whose words the catalog does not know (misspelt, paraphrased) leans on the
     *                         semantic list; 0 turns this off
     * @param minorWordWeight  the lexical weight is further multiplied by this when the query names no kind of product
     *                         and no brand the catalog uses (see {@link CatalogTerms#namesProductOrBrand}), so that a
     *                         minor word ("warm" in "warm winter coat") does not outweigh what the query means; 1 turns
     *                         this off
     */
    public record Options(int depth, int rrfK, double lexicalWeight, double semanticWeight, double coverageExponent,
                          double minorWordWeight) {
        /** Depth, k and coverage chosen on the small generated shop, the minor-word weight on real catalogs (BENCHMARKS.md). */
        public static final Options DEFAULT = new Options(100, ReciprocalRankFusion.DEFAULT_K, 1.0, 1.0, 1.0, 0.0);
    }

    private final LexicalSearch lexical;
    private final SemanticIndex semantic;
    private final ProductFacets facets;
    private final Function<String, float[]> embedder;
    private final CatalogTerms terms;
    private final Options options;

    /**
     * @param embedder embeds query text with the encoder of {@code semantic}'s vectors (for example a cached QueryEmbedder)
     * @param terms    the catalog's words, to tell a query that names a kind of product from one that does not
     */
    public HybridRetriever(LexicalSearch lexical, SemanticIndex semantic, ProductFacets facets,
                           Function<String, float[]> embedder, CatalogTerms terms, Options options) {
        this.lexical = lexical;
        this.semantic = semantic;
        this.facets = facets;
        this.embedder = embedder;
        this.terms = terms;
        this.options = options;
    }

    /** The best {@code k} candidates for {@code query} that pass {@code filters}, fused from both retrievers. */
    public List<Candidate> retrieve(String query, int k, Filters filters) {
        return retrieve(query, k, filters, Mode.HYBRID);
    }

    /** Like {@link #retrieve(String, int, Filters)}, using both lists or only one. */
    public List<Candidate> retrieve(String query, int k, Filters filters, Mode mode) {
        return retrieve(query, query, k, filters, mode);
    }

    /**
     * Like {@link #retrieve(String, int, Filters, Mode)}, with the lexical list searched for {@code lexicalQuery} (for
     * example the kind of product a query describes without naming it) and the semantic list for {@code query}.
     */
    public List<Candidate> retrieve(String query, String lexicalQuery, int k, Filters filters, Mode mode) {
        if (k <= 0) {
            return List.of();
        }
        int depth = Math.max(k, options.depth());
        List<Hit> lexicalHits = mode == Mode.SEMANTIC ? List.of() : lexical.search(lexicalQuery, depth, filters);
        float[] q = embedder.apply(query);
        boolean hasVector = Vectors.norm(q) > 0;
        List<Hit> semanticHits = mode == Mode.LEXICAL || !hasVector ? List.of()
                : semantic.search(q, depth, facets.mask(filters));
        List<String> lexIds = lexicalHits.stream().map(Hit::productId).toList();
        List<String> semIds = semanticHits.stream().map(Hit::productId).toList();
        double lexicalWeight = options.lexicalWeight();
        if (mode == Mode.HYBRID && options.coverageExponent() > 0 && !lexIds.isEmpty() && !semIds.isEmpty()) {
            lexicalWeight *= Math.pow(lexical.coverage(lexicalQuery), options.coverageExponent());
        }
        if (mode == Mode.HYBRID && !lexIds.isEmpty() && !semIds.isEmpty() && !terms.namesProductOrBrand(lexicalQuery)) {
            lexicalWeight *= options.minorWordWeight();
        }
        List<ReciprocalRankFusion.Fused> fused = new ReciprocalRankFusion(options.rrfK(),
                lexicalWeight, options.semanticWeight()).fuse(List.of(lexIds, semIds));
        List<ReciprocalRankFusion.Fused> top = fused.subList(0, Math.min(k, fused.size()));

        Map<String, Integer> lexRank = ranks(lexIds);
        Map<String, Integer> semRank = ranks(semIds);
        Map<String, Double> lexScore = new HashMap<>();
        lexicalHits.forEach(h -> lexScore.put(h.productId(), h.score()));
        List<String> missing = top.stream().map(ReciprocalRankFusion.Fused::productId)
                .filter(id -> !lexScore.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            lexScore.putAll(lexical.scores(lexicalQuery, missing));
        }
        List<Candidate> out = new ArrayList<>(top.size());
        for (ReciprocalRankFusion.Fused f : top) {
            String id = f.productId();
            Set<Retriever> foundBy = EnumSet.noneOf(Retriever.class);
            if (lexRank.containsKey(id)) {
                foundBy.add(Retriever.LEXICAL);
            }
            if (semRank.containsKey(id)) {
                foundBy.add(Retriever.SEMANTIC);
            }
            double similarity = hasVector ? semantic.row(id).map(r -> (double) semantic.similarity(r, q)).orElse(0.0) : 0.0;
            out.add(new Candidate(id, f.score(), lexRank.getOrDefault(id, 0), lexScore.getOrDefault(id, 0.0),
                    semRank.getOrDefault(id, 0), similarity, foundBy));
        }
        return out;
    }

    private static Map<String, Integer> ranks(List<String> ids) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ranks.putIfAbsent(ids.get(i), i + 1);
        }
        return ranks;
    }

    /** Rows allowed by filters, for callers that search the semantic index directly. */
    public BitSet mask(Filters filters) {
        return facets.mask(filters);
    }
}
