package merchlab.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexical match of a query and a product: the share of the query's distinct words, each weighted by its inverse
 * document frequency over the catalog, that occur in the product's title, brand or category (0 to 1).
 */
public final class LexicalMatcher {
    private final Map<String, Float> idf;
    private final float unknownIdf;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final int[][] productWords;

    /** Binds fitted word weights to a catalog, indexing each product's words. */
    public LexicalMatcher(Map<String, Float> idf, float unknownIdf, ShopCatalog catalog) {
        this.idf = Map.copyOf(idf);
        this.unknownIdf = unknownIdf;
        this.productWords = new int[catalog.size()][];
        for (int p = 0; p < catalog.size(); p++) {
            List<String> words = TextTokens.distinct(catalog.searchableText(p));
            int[] ids = new int[words.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.computeIfAbsent(words.get(i), w -> vocabulary.size());
            }
            Arrays.sort(ids);
            productWords[p] = ids;
        }
    }

    /** Fits inverse document frequencies, log(1 + N / df), over a catalog's products. */
    public static LexicalMatcher fit(ShopCatalog catalog) {
        Map<String, Integer> df = new HashMap<>();
        for (int p = 0; p < catalog.size(); p++) {
            for (String w : TextTokens.distinct(catalog.searchableText(p))) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = Math.max(1, catalog.size());
        Map<String, Float> idf = new HashMap<>();
        df.forEach((w, d) -> idf.put(w, (float) Math.log(1 + (double) n / d)));
        return new LexicalMatcher(idf, (float) Math.log(1 + n), catalog);
    }

    /** A parsed query: its words as vocabulary ids (-1 when no product has the word) and their weights. */
    public record Query(int[] words, float[] weights, float total) {
        public static final Query NONE = new Query(new int[0], new float[0], 0f);
    }

    /** Parses query text once for scoring many products. */
    public Query query(String text) {
        List<String> words = TextTokens.distinct(text);
        int[] ids = new int[words.size()];
        float[] weights = new float[words.size()];
        float total = 0;
        for (int i = 0; i < ids.length; i++) {
            Integer id = vocabulary.get(words.get(i));
            ids[i] = id == null ? -1 : id;
            weights[i] = idf.getOrDefault(words.get(i), unknownIdf);
            total += weights[i];
        }
        return new Query(ids, weights, total);
    }

    /** The weighted share of the query's words found in the product, 0 for an empty query. */
    public float score(Query query, int product) {
        if (query.total() <= 0) {
            return 0f;
        }
        int[] have = productWords[product];
        float found = 0;
        for (int i = 0; i < query.words().length; i++) {
            if (query.words()[i] >= 0 && Arrays.binarySearch(have, query.words()[i]) >= 0) {
                found += query.weights()[i];
            }
        }
        return found / query.total();
    }

    Map<String, Float> idf() {
        return idf;
    }

    float unknownIdf() {
        return unknownIdf;
    }
}
