package merchlab.eval.judged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import merchlab.MerchLabException;
import merchlab.csv.CsvRows;
import merchlab.text.Scripts;
import merchlab.workspace.Workspace;

/**
 * The kind of each judged query ({@code exact}, {@code paraphrase}, {@code misspelled} ...) as its query set names it,
 * kept in the workspace so that evaluations and the Query sets section can break results down by kind; and the
 * language a query is written in, read from its script.
 */
public final class QueryKinds {
    private QueryKinds() {
    }

    /** {@code zh} for a query with Chinese characters, {@code en} otherwise (the languages the shop's encoders know). */
    public static String language(String query) {
        return Scripts.containsCjk(query) ? "zh" : "en";
    }

    /** Query to kind from a CSV with {@code query} and {@code kind} columns (a generated shop's queries.csv). */
    public static Map<String, String> readCsv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("no query file " + file);
        }
        Map<String, String> kinds = new HashMap<>();
        CsvRows.forEach(file, row -> {
            String query = row.get("query");
            String kind = row.get("kind");
            if (query != null && kind != null && !query.isBlank() && !kind.isBlank()) {
                kinds.put(query, kind.strip());
            }
        });
        if (kinds.isEmpty()) {
            throw new MerchLabException(file + " has no rows with the columns query and kind");
        }
        return kinds;
    }

    /** Stores (or replaces) the kinds of {@code kinds}' queries; returns how many were stored. */
    public static int store(Workspace workspace, Map<String, String> kinds) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO query_kinds(query, kind) VALUES (?, ?) ON CONFLICT(query) DO UPDATE SET kind = excluded.kind")) {
            c.setAutoCommit(false);
            for (Map.Entry<String, String> e : kinds.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
            return kinds.size();
        } catch (SQLException e) {
            throw new MerchLabException("cannot store the query kinds: " + e.getMessage(), e);
        }
    }

    /** Every stored query's kind, queries in text order; empty when no query set named kinds. */
    public static Map<String, String> read(Workspace workspace) {
        Map<String, String> kinds = new TreeMap<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT query, kind FROM query_kinds");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the query kinds: " + e.getMessage(), e);
        }
        return kinds;
    }
}
