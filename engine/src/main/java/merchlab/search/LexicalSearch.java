package merchlab.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.store.SearchIndexStore;
import merchlab.workspace.Workspace;

/**
 * BM25 search over product title, brand, category and description with SQLite FTS5; scores are higher-is-better
 * (the negated FTS5 {@code bm25}). Holds one connection; methods are synchronised.
 */
public final class LexicalSearch implements AutoCloseable {
    private final SearchIndexStore.Reader index;
    private final Map<String, Integer> documentFrequency = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 50_000;
        }
    };
    private int documents = -1;

    private LexicalSearch(SearchIndexStore.Reader index) {
        this.index = index;
    }

    /** Opens lexical search on a workspace, first bringing its index up to date if needed. */
    public static LexicalSearch open(Workspace workspace) {
        new LexicalIndex(workspace).refreshIfStale();
        return new LexicalSearch(new SearchIndexStore(workspace).reader());
    }

    /** The best {@code k} products for {@code query} passing {@code filters}, best first; empty when nothing matches. */
    public synchronized List<Hit> search(String query, int k, Filters filters) {
        String match = SearchText.matchExpression(query);
        if (match.isEmpty() || k <= 0) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(match);
        String where = FilterSql.where(filters, args);
        List<Hit> hits = new ArrayList<>();
        index.best(where, args, k, (id, score) -> hits.add(new Hit(id, score)));
        return hits;
    }

    /** The BM25 score of each of {@code productIds} for {@code query}; products that do not match are absent. */
    public synchronized Map<String, Double> scores(String query, Collection<String> productIds) {
        String match = SearchText.matchExpression(query);
        Map<String, Double> scores = new HashMap<>();
        if (match.isEmpty() || productIds.isEmpty()) {
            return scores;
        }
        List<String> ids = List.copyOf(productIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            index.scores(match, chunk, scores::put);
        }
        return scores;
    }

    /**
     * How much of the query the catalog's words cover: the BM25 inverse document frequency of the query tokens that
     * occur in some product, as a share of that of all query tokens (a token no product has, such as a misspelling,
     * counts with the highest weight). 1 when every token is known, 0 when none is or the query has no tokens.
     */
    public synchronized double coverage(String query) {
        List<String> tokens = SearchText.queryTokens(query);
        if (tokens.isEmpty()) {
            return 0;
        }
        int n = documents();
        double known = 0;
        double all = 0;
        for (String t : tokens) {
            int df = documentFrequency(t);
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            all += idf;
            if (df > 0) {
                known += idf;
            }
        }
        return all == 0 ? 0 : known / all;
    }

    private int documents() {
        if (documents < 0) {
            documents = index.documents();
        }
        return documents;
    }

    /** Products whose indexed text (any field, after stemming) holds {@code token}, a token of {@link SearchText#queryTokens}. */
    public synchronized int documentFrequency(String token) {
        Integer cached = documentFrequency.get(token);
        if (cached != null) {
            return cached;
        }
        int df = index.count('"' + token.replace("\"", "\"\"") + '"');
        documentFrequency.put(token, df);
        return df;
    }

    @Override
    public synchronized void close() {
        index.close();
    }
}
