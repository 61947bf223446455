package merchlab.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import merchlab.CancelToken;
import merchlab.workspace.Workspace;

/** Test helpers: fixture files copied into a temp folder, imports, and queries against a workspace. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Copies fixture {@code name} into {@code dir} under the same name. */
    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** Imports {@code file} as {@code kind} with format detection. */
    public static ImportReport load(Workspace ws, Path file, DataKind kind) {
        return new ImportService(ws).run(ImportRequest.of(file, kind), ImportListener.NONE, CancelToken.none());
    }

    /** The single number a query returns. */
    public static long number(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row a query returns, as text. */
    public static List<String> column(Workspace ws, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ws.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every column of the first row a query returns, as text (null stays null). */
    public static List<String> row(Workspace ws, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ws.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getString(i));
            }
        }
        return out;
    }
}
