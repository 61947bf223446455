package merchlab.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import merchlab.MerchLabException;

/**
 * Versioned schema migrations, applied in order inside one transaction each; the version lives in {@code PRAGMA user_version}.
 */
public final class Migrations {
    /** Migration scripts, index i upgrades the schema from version i to version i + 1. */
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__model_notes.sql", "V3__import_details.sql",
            "V4__product_search.sql", "V5__recommendations.sql", "V6__tuning.sql", "V7__rejected_text.sql",
            "V8__judgment_raters.sql", "V9__sponsored_products.sql");

    private Migrations() {
    }

    /** The schema version this build writes. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Reads the schema version of an open workspace. */
    public static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Upgrades the schema to {@code target}; each step commits on its own so a failure leaves a valid older version. */
    public static void migrate(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > latestVersion()) {
            throw new MerchLabException("workspace schema version " + current
                    + " is newer than this MerchLab understands (" + latestVersion() + "); update MerchLab");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (int v = current; v < target; v++) {
                for (String sql : statements(SCRIPTS.get(v))) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + script);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Arrays.stream(text.replaceAll("(?m)--.*$", "").split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
