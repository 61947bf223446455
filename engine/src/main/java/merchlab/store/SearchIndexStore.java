package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * The products' full-text index (SQLite FTS5 table {@code product_search}, with {@code product_search_state} saying
 * which version of each product it holds): kept in step with {@code products}, and queried by BM25 through a
 * {@link Reader}, whose scores are higher-is-better (the negated FTS5 {@code bm25}).
 */
public final class SearchIndexStore {
    /** Column weights: product id (not indexed), title, brand, category, description. */
    private static final String BM25 = "bm25(product_search, 0.0, 4.0, 3.0, 2.0, 1.0)";
    private static final String STALE_ENTRIES = "SELECT s.product_id, s.fts_rowid FROM product_search_state s "
            + "LEFT JOIN products p ON p.id = s.product_id WHERE p.id IS NULL OR p.updated_at <> s.updated_at";
    private static final String MISSING_PRODUCTS = "SELECT p.id, p.title, p.brand, p.category, p.description, p.updated_at "
            + "FROM products p LEFT JOIN product_search_state s ON s.product_id = p.id "
            + "WHERE s.product_id IS NULL OR s.updated_at <> p.updated_at";

    private final Workspace workspace;

    public SearchIndexStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a refresh did: products (re)indexed and index entries removed. */
    public record Refreshed(int indexed, int removed) {
    }

    /** True when every product is indexed at its current version. */
    public boolean holdsEveryProduct() {
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(STALE_ENTRIES + " LIMIT 1")) {
                if (rs.next()) {
                    return false;
                }
            }
            try (ResultSet rs = st.executeQuery(MISSING_PRODUCTS + " LIMIT 1")) {
                return !rs.next();
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot check the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index up to date in one transaction under the workspace's writer lock: everything is indexed anew
     * when {@code rebuild} says so (asked once the lock is held), else stale entries are removed and missing products
     * indexed. Each text field goes through {@code document}; {@code committed} runs after the commit, lock still held.
     */
    public Refreshed refresh(BooleanSupplier rebuild, UnaryOperator<String> document, Runnable committed) {
        try (WriterLock lock = workspace.lockForWriting(); Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            boolean all = rebuild.getAsBoolean();
            int removed = 0;
            try (Statement st = c.createStatement()) {
                if (all) {
                    st.execute("DELETE FROM product_search");
                    st.execute("DELETE FROM product_search_state");
                } else {
                    removed = removeStale(c, st);
                }
            }
            int indexed = indexMissing(c, document);
            c.commit();
            committed.run();
            return new Refreshed(indexed, removed);
        } catch (SQLException e) {
            throw new MerchLabException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    private static int removeStale(Connection c, Statement st) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<Long> rowids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(STALE_ENTRIES)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                rowids.add(rs.getLong(2));
            }
        }
        try (PreparedStatement fts = c.prepareStatement("DELETE FROM product_search WHERE rowid = ?");
             PreparedStatement state = c.prepareStatement("DELETE FROM product_search_state WHERE product_id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                fts.setLong(1, rowids.get(i));
                fts.addBatch();
                state.setString(1, ids.get(i));
                state.addBatch();
            }
            fts.executeBatch();
            state.executeBatch();
        }
        return ids.size();
    }

    private static int indexMissing(Connection c, UnaryOperator<String> document) throws SQLException {
        int indexed = 0;
        try (PreparedStatement select = c.prepareStatement(MISSING_PRODUCTS);
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO product_search(product_id, title, brand, category, description) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement state = c.prepareStatement(
                     "INSERT OR REPLACE INTO product_search_state(product_id, updated_at, fts_rowid) "
                             + "VALUES (?, ?, last_insert_rowid())");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                insert.setString(1, rs.getString(1));
                insert.setString(2, document.apply(rs.getString(2)));
                insert.setString(3, document.apply(rs.getString(3)));
                insert.setString(4, document.apply(rs.getString(4)));
                insert.setString(5, document.apply(rs.getString(5)));
                insert.executeUpdate();
                state.setString(1, rs.getString(1));
                state.setLong(2, rs.getLong(6));
                state.executeUpdate();
                indexed++;
            }
        }
        return indexed;
    }

    /** Opens a reader of the index on its own connection. */
    public Reader reader() {
        try {
            return new Reader(workspace.connect());
        } catch (SQLException e) {
            throw new MerchLabException("cannot open the search index: " + e.getMessage(), e);
        }
    }

    /** Receives one matching product with its BM25 score. */
    public interface HitSink {
        void hit(String productId, double score);
    }

    /** Queries of the index on one connection; not safe for concurrent use. */
    public static final class Reader implements AutoCloseable {
        private final Connection connection;

        private Reader(Connection connection) {
            this.connection = connection;
        }

        /**
         * The best {@code k} products matching the FTS5 expression {@code match}, best first.
         *
         * @param where an SQL condition on the products (alias {@code p}) starting with {@code AND}, or empty
         * @param args  {@code match} followed by the parameters of {@code where}
         */
        public void best(String where, List<Object> args, int k, HitSink sink) {
            String sql = "SELECT s.product_id, -" + BM25 + " AS score FROM product_search s "
                    + "JOIN products p ON p.id = s.product_id WHERE product_search MATCH ?" + where
                    + " ORDER BY " + BM25 + " LIMIT " + k;
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.hit(rs.getString(1), rs.getDouble(2));
                }
            } catch (SQLException e) {
                throw new MerchLabException("lexical search failed: " + e.getMessage(), e);
            }
        }

        /** The scores of those of {@code productIds} (at most a few hundred) that match {@code match}. */
        public void scores(String match, List<String> productIds, HitSink sink) {
            List<Object> args = new ArrayList<>();
            args.add(match);
            args.addAll(productIds);
            String sql = "SELECT product_id, -" + BM25 + " FROM product_search WHERE product_search MATCH ? AND product_id IN ("
                    + "?,".repeat(productIds.size() - 1) + "?)";
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.hit(rs.getString(1), rs.getDouble(2));
                }
            } catch (SQLException e) {
                throw new MerchLabException("lexical scoring failed: " + e.getMessage(), e);
            }
        }

        /** The number of indexed products. */
        public int documents() {
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM product_search");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw new MerchLabException("cannot count indexed products: " + e.getMessage(), e);
            }
        }

        /** The number of indexed products matching the FTS5 expression {@code match}. */
        public int count(String match) {
            try (PreparedStatement ps = prepare("SELECT count(*) FROM product_search WHERE product_search MATCH ?",
                    List.of(match)); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw new MerchLabException("lexical statistics failed: " + e.getMessage(), e);
            }
        }

        private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
            PreparedStatement ps = connection.prepareStatement(sql);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing left to do
            }
        }
    }
}
