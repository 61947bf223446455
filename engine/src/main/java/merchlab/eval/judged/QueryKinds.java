package merchlab.eval.judged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.csv.CsvRows;
import merchlab.store.JudgmentStore;
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
        new JudgmentStore(workspace).storeKinds(kinds);
        return kinds.size();
    }

    /** Every stored query's kind, queries in text order; empty when no query set named kinds. */
    public static Map<String, String> read(Workspace workspace) {
        return new JudgmentStore(workspace).kinds();
    }
}
