package merchlab.browse;

/**
 * Which slice of a table to read: where it starts, how many rows, the column to sort by and a text filter.
 *
 * @param offset    rows to skip, 0 or more
 * @param limit     rows to return, 1 to {@link #MAX_LIMIT}
 * @param sortKey   a column name the browser whitelists, or {@code null} for its default order
 * @param ascending sort direction
 * @param filter    text that any of the table's text columns must contain (case-insensitive), or blank for all rows
 */
public record PageRequest(long offset, int limit, String sortKey, boolean ascending, String filter) {
    /** The largest page a browser hands out. */
    public static final int MAX_LIMIT = 5_000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        filter = filter == null ? "" : filter.strip();
    }

    /** The first {@code limit} rows in the default order, unfiltered. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true, "");
    }

    public PageRequest withOffset(long newOffset) {
        return new PageRequest(Math.max(0, newOffset), limit, sortKey, ascending, filter);
    }

    public PageRequest withSort(String key, boolean asc) {
        return new PageRequest(offset, limit, key, asc, filter);
    }

    public PageRequest withFilter(String text) {
        return new PageRequest(offset, limit, sortKey, ascending, text);
    }

    public boolean filtered() {
        return !filter.isEmpty();
    }
}
