package merchlab.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * BM25 search over product title, brand, category and description with SQLite FTS5; scores are higher-is-better
 * (the negated FTS5 {@code bm25}). Holds one connection; methods are synchronised.
 */
public final class LexicalSearch implements AutoCloseable {
    /** Column weights: product id (not indexed), title, brand, category, description. */
    static final String BM25 = "bm25(product_search, 0.0, 4.0, 3.0, 2.0, 1.0)";

    private final Connection connection;
    private final Map<String, Integer> documentFrequency = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 50_000;
        }
    };
    private int documents = -1;

    private LexicalSearch(Connection connection) {
        this.connection = connection;
    }

    /** Opens lexical search on a workspace, first bringing its index up to date if needed. */
    public static LexicalSearch open(Workspace workspace) {
        new LexicalIndex(workspace).refreshIfStale();
        try {
            return new LexicalSearch(workspace.connect());
        } catch (SQLException e) {
            throw new MerchLabException("cannot open the search index: " + e.getMessage(), e);
        }
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
        String sql = "SELECT s.product_id, -" + BM25 + " AS score FROM product_search s "
                + "JOIN products p ON p.id = s.product_id WHERE product_search MATCH ?" + where
                + " ORDER BY " + BM25 + " LIMIT " + k;
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(new Hit(rs.getString(1), rs.getDouble(2)));
            }
        } catch (SQLException e) {
            throw new MerchLabException("lexical search failed: " + e.getMessage(), e);
        }
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
            List<Object> args = new ArrayList<>();
            args.add(match);
            args.addAll(chunk);
            String sql = "SELECT product_id, -" + BM25 + " FROM product_search WHERE product_search MATCH ? AND product_id IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    scores.put(rs.getString(1), rs.getDouble(2));
                }
            } catch (SQLException e) {
                throw new MerchLabException("lexical scoring failed: " + e.getMessage(), e);
            }
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
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM product_search");
                 ResultSet rs = ps.executeQuery()) {
                documents = rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw new MerchLabException("cannot count indexed products: " + e.getMessage(), e);
            }
        }
        return documents;
    }

    /** Products whose indexed text (any field, after stemming) holds {@code token}, a token of {@link SearchText#queryTokens}. */
    public synchronized int documentFrequency(String token) {
        Integer cached = documentFrequency.get(token);
        if (cached != null) {
            return cached;
        }
        int df;
        try (PreparedStatement ps = prepare("SELECT count(*) FROM product_search WHERE product_search MATCH ?",
                List.of('"' + token.replace("\"", "\"\"") + '"')); ResultSet rs = ps.executeQuery()) {
            df = rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new MerchLabException("lexical statistics failed: " + e.getMessage(), e);
        }
        documentFrequency.put(token, df);
        return df;
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do
        }
    }
}
