package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * How one workspace table is paged read-only: its selected columns, the sort keys it accepts and the columns a filter
 * searches. Each page opens its own connection.
 *
 * <p>Sort keys are whitelisted and mapped to column names, so no caller text ever reaches the SQL except as a parameter.
 */
public final class BrowsedTable<T> {
    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row);
    }

    /** The columns of the current row, by name; the nullable getters give null where the column is NULL. */
    public interface Row {
        String text(String column);

        long whole(String column);

        Double nullableDouble(String column);

        Long nullableLong(String column);

        Integer nullableInt(String column);
    }

    /** One page of rows and how many rows match in all. */
    public record Rows<T>(List<T> rows, long total) {
    }

    private final String table;
    private final String columns;
    private final Map<String, String> sortKeys;
    private final String defaultSort;
    private final String tieBreak;
    private final List<String> filterColumns;
    private final RowReader<T> reader;

    public BrowsedTable(String table, String columns, Map<String, String> sortKeys, String defaultSort, String tieBreak,
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
    public java.util.Set<String> sortKeys() {
        return sortKeys.keySet();
    }

    /**
     * Reads the page of {@code limit} rows from {@code offset}, sorted by a key of {@link #sortKeys} (null or blank:
     * the default) and kept to the rows a filter text matches (blank: all); {@code scope} is a fixed condition such
     * as {@code report_id = ?} (or {@code null}) with its parameters. Row counts are looked up in, and added to,
     * {@code counts}. A failure names {@code what} was read and the workspace.
     */
    public Rows<T> page(Workspace workspace, String what, String sortKey, boolean ascending, String filter,
                        int limit, long offset, Map<String, Long> counts, String scope, Object... scopeParams) {
        String sortColumn = sortColumn(sortKey);
        try (Connection c = workspace.connect()) {
            return page(c, sortColumn, ascending, filter, limit, offset, counts, scope, scopeParams);
        } catch (SQLException e) {
            throw new MerchLabException("cannot read " + what + " from workspace " + workspace.file().getFileName()
                    + ": " + e.getMessage(), e);
        } catch (ColumnFailure e) {
            throw new MerchLabException("cannot read " + what + " from workspace " + workspace.file().getFileName()
                    + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Rows<T> page(Connection c, String sortColumn, boolean ascending, String filter, int limit, long offset,
                         Map<String, Long> counts, String scope, Object... scopeParams) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(scopeParams));
        String where = where(filter, scope, params);
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
        String direction = ascending ? " ASC" : " DESC";
        String sql = "SELECT " + columns + " FROM " + table + where
                + " ORDER BY " + sortColumn + direction + ", " + tieBreak + direction + " LIMIT ? OFFSET ?";
        List<T> rows = new ArrayList<>(limit);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.add(limit);
            params.add(offset);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new ResultRow(rs);
                while (rs.next()) {
                    rows.add(reader.read(row));
                }
            }
        }
        return new Rows<>(rows, total);
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

    private String where(String filter, String scope, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (scope != null) {
            conditions.add(scope);
        }
        if (filter != null && !filter.isBlank()) {
            String pattern = "%" + escapeLike(filter.strip()) + "%";
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

    /** A failure to read a column, carried out of {@link Row} to {@link #page}. */
    private static final class ColumnFailure extends RuntimeException {
        ColumnFailure(SQLException cause) {
            super(cause);
        }
    }

    private record ResultRow(ResultSet rs) implements Row {
        @Override
        public String text(String column) {
            try {
                return rs.getString(column);
            } catch (SQLException e) {
                throw new ColumnFailure(e);
            }
        }

        @Override
        public long whole(String column) {
            try {
                return rs.getLong(column);
            } catch (SQLException e) {
                throw new ColumnFailure(e);
            }
        }

        @Override
        public Double nullableDouble(String column) {
            try {
                double v = rs.getDouble(column);
                return rs.wasNull() ? null : v;
            } catch (SQLException e) {
                throw new ColumnFailure(e);
            }
        }

        @Override
        public Long nullableLong(String column) {
            try {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : v;
            } catch (SQLException e) {
                throw new ColumnFailure(e);
            }
        }

        @Override
        public Integer nullableInt(String column) {
            try {
                int v = rs.getInt(column);
                return rs.wasNull() ? null : v;
            } catch (SQLException e) {
                throw new ColumnFailure(e);
            }
        }
    }
}
