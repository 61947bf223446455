package merchlab.browse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;

/**
 * How one workspace table is paged: its selected columns, the sort keys it accepts and the columns a filter searches.
 *
 * <p>Sort keys are whitelisted and mapped to column names, so no caller text ever reaches the SQL except as a parameter.
 */
final class BrowsedTable<T> {
    /** Reads one row of the result set into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final String table;
    private final String columns;
    private final Map<String, String> sortKeys;
    private final String defaultSort;
    private final String tieBreak;
    private final List<String> filterColumns;
    private final RowReader<T> reader;

    BrowsedTable(String table, String columns, Map<String, String> sortKeys, String defaultSort, String tieBreak,
                 List<String> filterColumns, RowReader<T> reader) {
        this.table = table;
        this.columns = columns;
        this.sortKeys = Map.copyOf(sortKeys);
        this.defaultSort = defaultSort;
        this.tieBreak = tieBreak;
        this.filterColumns = List.copyOf(filterColumns);
        this.reader = reader;
    }

    /** The sort keys this table accepts. */
    java.util.Set<String> sortKeys() {
        return sortKeys.keySet();
    }

    /**
     * Reads the requested page; {@code scope} is a fixed condition such as {@code report_id = ?} (or {@code null})
     * with its parameters. Row counts are looked up in, and added to, {@code counts}.
     */
    Page<T> page(Connection c, PageRequest request, java.util.Map<String, Long> counts, String scope,
                 Object... scopeParams) throws SQLException {
        String sortColumn = sortColumn(request.sortKey());
        List<Object> params = new ArrayList<>(List.of(scopeParams));
        String where = where(request, scope, params);
        String countSql = "SELECT COUNT(*) FROM " + table + where;
        String countKey = countSql + " " + params;
        Long total = counts.get(countKey);
        if (total == null) {
            try (PreparedStatement ps = c.prepareStatement(countSql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            counts.put(countKey, total);
        }
        String direction = request.ascending() ? " ASC" : " DESC";
        String sql = "SELECT " + columns + " FROM " + table + where
                + " ORDER BY " + sortColumn + direction + ", " + tieBreak + direction + " LIMIT ? OFFSET ?";
        List<T> rows = new ArrayList<>(request.limit());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.add(request.limit());
            params.add(request.offset());
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        }
        return new Page<>(rows, total, request);
    }

    private String sortColumn(String key) {
        if (key == null || key.isBlank()) {
            return defaultSort;
        }
        String column = sortKeys.get(key);
        if (column == null) {
            throw new MerchLabException("cannot sort " + table + " by '" + key + "'; choose one of "
                    + new java.util.TreeSet<>(sortKeys.keySet()));
        }
        return column;
    }

    private String where(PageRequest request, String scope, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (scope != null) {
            conditions.add(scope);
        }
        if (request.filtered()) {
            String pattern = "%" + escapeLike(request.filter()) + "%";
            List<String> any = new ArrayList<>();
            for (String column : filterColumns) {
                any.add(column + " LIKE ? ESCAPE '\\'");
                params.add(pattern);
            }
            conditions.add("(" + String.join(" OR ", any) + ")");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
