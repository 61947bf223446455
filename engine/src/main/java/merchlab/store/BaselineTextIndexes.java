package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * Scratch full-text tables of product titles indexed by SQLite's own FTS5 tokenizers, which benchmarks compare
 * MerchLab's lexical search against; the product index itself is {@link SearchIndexStore}.
 */
public final class BaselineTextIndexes {
    private final Workspace workspace;

    public BaselineTextIndexes(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Replaces the tables named by {@code tokenizers} (table name to FTS5 tokenizer) with new ones holding
     * {@code titles} (id to title).
     */
    public void build(Map<String, String> tokenizers, Map<String, String> titles) {
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            for (String table : tokenizers.keySet()) {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
            for (Map.Entry<String, String> t : tokenizers.entrySet()) {
                st.execute("CREATE VIRTUAL TABLE " + t.getKey() + " USING fts5(id UNINDEXED, title, tokenize = '"
                        + t.getValue() + "')");
            }
            c.setAutoCommit(false);
            for (String table : tokenizers.keySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(id, title) VALUES (?, ?)")) {
                    for (Map.Entry<String, String> e : titles.entrySet()) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, e.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot build the baseline indexes: " + e.getMessage(), e);
        }
    }

    /** Opens a reader of the tables on one connection. */
    public Reader reader() {
        try {
            return new Reader(workspace.connect());
        } catch (SQLException e) {
            throw new MerchLabException("evaluation failed: " + e.getMessage(), e);
        }
    }

    /** BM25 queries of the tables on one connection. */
    public static final class Reader implements AutoCloseable {
        private final Connection connection;

        private Reader(Connection connection) {
            this.connection = connection;
        }

        /** The ids of the best {@code k} titles of {@code table} for the FTS5 expression {@code match}, best first. */
        public List<String> best(String table, String match, int k) {
            List<String> ids = new ArrayList<>();
            if (match.isEmpty()) {
                return ids;
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + table
                    + " MATCH ? ORDER BY bm25(" + table + ") LIMIT " + k)) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new MerchLabException("evaluation failed: " + e.getMessage(), e);
            }
            return ids;
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
