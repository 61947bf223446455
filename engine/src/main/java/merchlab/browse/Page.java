package merchlab.browse;

import java.util.List;

/**
 * One page of rows and where it sits among all rows that match the request.
 *
 * @param total the number of rows matching the request's filter
 */
public record Page<T>(List<T> rows, long total, PageRequest request) {
    public Page {
        rows = List.copyOf(rows);
    }

    public long offset() {
        return request.offset();
    }

    public boolean hasPrevious() {
        return request.offset() > 0;
    }

    public boolean hasNext() {
        return request.offset() + rows.size() < total;
    }
}
