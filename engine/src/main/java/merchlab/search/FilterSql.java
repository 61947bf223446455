package merchlab.search;

import java.util.List;

/**
 * Writes {@link Filters} as SQL conditions on the {@code products} table aliased {@code p}.
 */
final class FilterSql {
    static final String EFFECTIVE_PRICE = "(CASE WHEN p.sale_price IS NOT NULL AND (p.price IS NULL OR p.sale_price < p.price) "
            + "THEN p.sale_price ELSE p.price END)";

    private FilterSql() {
    }

    /** {@code " AND ..."} conditions for {@code filters} (empty when there are none), appending their parameters to {@code args}. */
    static String where(Filters filters, List<Object> args) {
        if (filters == null || filters.isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder();
        if (filters.category() != null) {
            String path = Filters.normalisePath(filters.category());
            sql.append(" AND (lower(replace(p.category, ' > ', '>')) = ? OR substr(lower(replace(p.category, ' > ', '>')), 1, ?) = ?)");
            String compact = path.replace(" > ", ">");
            args.add(compact);
            args.add(compact.length() + 1);
            args.add(compact + ">");
        }
        if (filters.minPrice() != null) {
            sql.append(" AND ").append(EFFECTIVE_PRICE).append(" >= ?");
            args.add(filters.minPrice());
        }
        if (filters.maxPrice() != null) {
            sql.append(" AND ").append(EFFECTIVE_PRICE).append(" <= ?");
            args.add(filters.maxPrice());
        }
        if (filters.inStockOnly()) {
            sql.append(" AND (p.availability IS NULL OR trim(p.availability) = '' OR lower(trim(p.availability)) IN "
                    + "('in stock', 'in_stock', 'instock', 'available', '有货', '现货'))");
        }
        return sql.toString();
    }
}
