package merchlab.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Secondary indexes set aside while a large import fills their table and built again afterwards, which is several
 * times faster than keeping them up to date row by row. Which indexes are set aside is written in the workspace in
 * the same transaction that drops them, so a crash in between leaves a note that the next writer (or the next
 * {@link Workspace#open}) acts on: a workspace is never left without its indexes for good.
 */
public final class DeferredIndexes {
    static final String META_KEY = "deferred_indexes";
    /** The page cache while building indexes, in KiB (negative, as PRAGMA cache_size takes it). */
    private static final int SORT_CACHE = -2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeferredIndexes() {
    }

    /** Drops {@code table}'s own indexes in one transaction and records them; returns their definitions. */
    public static List<String> defer(Connection c, String table) throws SQLException {
        List<String> definitions = new ArrayList<>(pending(c));
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        inTransaction(c, st -> {
            for (String name : names) {
                st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
            write(c, definitions);
        });
        return definitions;
    }

    /**
     * Builds every index set aside earlier; returns how many were built. While building, the sorter works in small
     * runs spilled to temporary files (a 2 MiB cache, file-backed temporary storage), which measured about 40% less
     * CPU than one large in-memory sort; the connection's settings are put back afterwards.
     */
    public static int restore(Connection c) throws SQLException {
        List<String> definitions = pending(c);
        if (definitions.isEmpty()) {
            return 0;
        }
        String cache = pragma(c, "cache_size");
        String temp = pragma(c, "temp_store");
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + SORT_CACHE);
            st.execute("PRAGMA temp_store = FILE");
        }
        try {
            inTransaction(c, st -> {
                for (String sql : definitions) {
                    st.execute(sql.replaceFirst("(?i)^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF\\s+NOT\\s+EXISTS\\s+)?",
                            "CREATE $1INDEX IF NOT EXISTS "));
                }
                st.execute("DELETE FROM meta WHERE key = '" + META_KEY + "'");
            });
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + cache);
                st.execute("PRAGMA temp_store = " + temp);
            }
        }
        return definitions.size();
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The definitions of indexes set aside and not yet built again. */
    public static List<String> pending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, META_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return List.of();
                }
                return JSON.readValue(rs.getString(1), new TypeReference<List<String>>() { });
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("the workspace's note of deferred indexes is damaged: " + e.getOriginalMessage());
        }
    }

    private static void write(Connection c, List<String> definitions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, META_KEY);
            ps.setString(2, JSON.writeValueAsString(definitions));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        void run(Statement st) throws SQLException;
    }

    private static void inTransaction(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            work.run(st);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
