package merchlab.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.catalog.Product;
import merchlab.text.QueryEmbedder;
import merchlab.text.Scripts;
import merchlab.text.Vectors;

/**
 * Says what a found product matched of a query, word by word: a word the product shares with the query ("matched
 * 'vase'"), a misspelt word read as the catalog's ("matched 'sandals' as the query's 'sandels'"), or a word the
 * product does not share but that means nearly the same to the encoder that read the query ("matched 'pants' as the
 * query's 'trousers'": cosine of the two words' embeddings at least {@link #MEANING_SIMILARITY}, both words in the
 * same script).
 */
public final class MatchExplainer {
    /** Least cosine between a query word and a product word for the product word to count as meaning it. */
    public static final double MEANING_SIMILARITY = 0.5;

    /** How a product word matched a query word. */
    public enum How { WORD, SPELLING, TRANSLATION, PRODUCT_TYPE, MEANING }

    /**
     * One match.
     *
     * @param queryWord   the query's word as typed (lower-cased)
     * @param productWord the product's word it matched
     * @param how         by the same word, by spelling, or by meaning
     * @param similarity  the cosine of the two words (1 for the same word or a spelling)
     */
    public record Match(String queryWord, String productWord, How how, double similarity) {
        /** The match in the shop's words. */
        public String sentence() {
            return switch (how) {
                case WORD -> "matched '" + productWord + "'";
                case TRANSLATION -> "matched '" + productWord + "', the query's '" + queryWord + "' in English";
                case PRODUCT_TYPE -> "matched '" + productWord + "', the kind of product the query describes";
                default -> "matched '" + productWord + "' as the query's '" + queryWord + "'";
            };
        }
    }

    private final ProductSearch search;

    public MatchExplainer(ProductSearch search) {
        this.search = search;
    }

    /** What each of {@code products} matched of the query of {@code result}, by product id, in query word order. */
    public Map<String, List<Match>> explain(SearchResult result, List<Product> products) {
        String text = result.intent().text().isBlank() ? result.intent().query() : result.intent().text();
        Map<String, Correction> typed = new HashMap<>();
        result.corrections().forEach(c -> typed.put(CatalogTerms.key(c.meant()), c));
        List<String> queryWords = new ArrayList<>(queryWords(text));
        result.corrections().stream().filter(c -> c.kind() == Correction.Kind.PRODUCT_TYPE)
                .forEach(c -> queryWords.add(c.meant())); // searched beside the query's own words
        Map<String, List<String>> productWords = new HashMap<>();
        Set<String> toEmbed = new LinkedHashSet<>();
        Map<String, List<Match>> out = new HashMap<>();
        for (Product p : products) {
            List<String> words = new ArrayList<>(new LinkedHashSet<>(CatalogTerms.words(
                    String.join(" ", nonNull(p.title()), nonNull(p.category()), nonNull(p.brand())))));
            productWords.put(p.id(), words);
            List<Match> matches = new ArrayList<>();
            for (String q : queryWords) {
                String same = words.stream().filter(w -> CatalogTerms.key(w).equals(CatalogTerms.key(q))).findFirst()
                        .orElse(null);
                if (same != null) {
                    Correction c = typed.get(CatalogTerms.key(q));
                    matches.add(c == null ? new Match(q, same, How.WORD, 1.0) : new Match(c.typed(), same,
                            switch (c.kind()) {
                                case TRANSLATION -> How.TRANSLATION;
                                case PRODUCT_TYPE -> How.PRODUCT_TYPE;
                                default -> How.SPELLING;
                            }, 1.0));
                } else {
                    toEmbed.add(q);
                    toEmbed.addAll(words);
                }
            }
            out.put(p.id(), matches);
        }
        if (!toEmbed.isEmpty()) {
            meanings(text, queryWords, productWords, List.copyOf(toEmbed), out);
        }
        return out;
    }

    /** Adds, for each query word a product does not share, the product word closest in meaning when close enough. */
    private void meanings(String text, List<String> queryWords, Map<String, List<String>> productWords,
                          List<String> toEmbed, Map<String, List<Match>> out) {
        QueryEmbedder embedder = search.embedderFor(text);
        List<float[]> vectors = embedder.embedAll(toEmbed, 64);
        Map<String, float[]> vector = new HashMap<>();
        for (int i = 0; i < toEmbed.size(); i++) {
            vector.put(toEmbed.get(i), vectors.get(i));
        }
        for (Map.Entry<String, List<String>> e : productWords.entrySet()) {
            List<Match> matches = out.get(e.getKey());
            for (String q : queryWords) {
                boolean shared = matches.stream().anyMatch(m -> m.how() != How.MEANING
                        && CatalogTerms.key(m.productWord()).equals(CatalogTerms.key(q)));
                if (shared || !vector.containsKey(q)) {
                    continue;
                }
                String best = null;
                double bestSimilarity = MEANING_SIMILARITY;
                for (String w : e.getValue()) {
                    if (Scripts.containsCjk(q) != Scripts.containsCjk(w)) {
                        continue; // across scripts the encoders' word similarities are too weak to name (BENCHMARKS.md)
                    }
                    double s = Vectors.dot(vector.get(q), vector.get(w));
                    if (s >= bestSimilarity) {
                        best = w;
                        bestSimilarity = s;
                    }
                }
                if (best != null) {
                    matches.add(new Match(q, best, How.MEANING, Math.round(bestSimilarity * 1000) / 1000.0));
                }
            }
        }
    }

    /** The query's words other than stop words, and each run of Chinese characters as one word. */
    static List<String> queryWords(String text) {
        List<String> out = new ArrayList<>();
        for (SearchText.Run run : SearchText.runs(text)) {
            if (run.cjk()) {
                out.add(run.text());
            } else if (run.text().chars().allMatch(Character::isLetter) && run.text().length() >= 2
                    && !SearchText.isStopWord(run.text())) {
                out.add(run.text());
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
