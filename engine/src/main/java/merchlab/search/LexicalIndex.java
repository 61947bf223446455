package merchlab.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/**
 * Keeps the full-text table {@code product_search} in step with {@code products}: products added, changed (by their
 * {@code updated_at}) or removed since the last refresh are re-indexed, and everything is rebuilt when the text
 * analysis changed.
 */
public final class LexicalIndex {
    /** Workspace setting holding the {@link SearchText#VERSION} the index was built with. */
    public static final String ANALYSER_SETTING = "search.analyser";

    private static final String STALE_ENTRIES = "SELECT s.product_id, s.fts_rowid FROM product_search_state s "
            + "LEFT JOIN products p ON p.id = s.product_id WHERE p.id IS NULL OR p.updated_at <> s.updated_at";
    private static final String MISSING_PRODUCTS = "SELECT p.id, p.title, p.brand, p.category, p.description, p.updated_at "
            + "FROM products p LEFT JOIN product_search_state s ON s.product_id = p.id "
            + "WHERE s.product_id IS NULL OR s.updated_at <> p.updated_at";

    private final Workspace workspace;

    public LexicalIndex(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a refresh did. */
    public record Refresh(int indexed, int removed, boolean rebuilt) {
    }

    /** True when every product is indexed at its current version with the current analysis. */
    public boolean isFresh() {
        if (!analyserCurrent()) {
            return false;
        }
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

    /** Brings the index up to date when it is not, taking the workspace's writer lock to do so. */
    public Refresh refreshIfStale() {
        return isFresh() ? new Refresh(0, 0, false) : refresh();
    }

    /** Brings the index up to date under the workspace's writer lock. */
    public Refresh refresh() {
        try (WriterLock lock = workspace.lockForWriting(); Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            boolean rebuild = !analyserCurrent();
            int removed = 0;
            try (Statement st = c.createStatement()) {
                if (rebuild) {
                    st.execute("DELETE FROM product_search");
                    st.execute("DELETE FROM product_search_state");
                } else {
                    removed = removeStale(c, st);
                }
            }
            int indexed = indexMissing(c);
            c.commit();
            workspace.putMeta(ANALYSER_SETTING, Integer.toString(SearchText.VERSION));
            return new Refresh(indexed, removed, rebuild);
        } catch (SQLException e) {
            throw new MerchLabException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    private boolean analyserCurrent() {
        return workspace.meta(ANALYSER_SETTING).map(v -> v.equals(Integer.toString(SearchText.VERSION))).orElse(false);
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

    private static int indexMissing(Connection c) throws SQLException {
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
                insert.setString(2, SearchText.document(rs.getString(2)));
                insert.setString(3, SearchText.document(rs.getString(3)));
                insert.setString(4, SearchText.document(rs.getString(4)));
                insert.setString(5, SearchText.document(rs.getString(5)));
                insert.executeUpdate();
                state.setString(1, rs.getString(1));
                state.setLong(2, rs.getLong(6));
                state.executeUpdate();
                indexed++;
            }
        }
        return indexed;
    }
}
