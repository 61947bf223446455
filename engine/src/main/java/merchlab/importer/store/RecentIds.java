package merchlab.importer.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Ids already handled in this import, so repeated ones are not written again; when full it forgets them all, which
 * only costs repeating a harmless insert, and keeps memory bounded.
 */
final class RecentIds {
    private final int capacity;
    private final Set<String> ids = new HashSet<>();

    RecentIds(int capacity) {
        this.capacity = capacity;
    }

    /** True the first time {@code id} is seen (since the last reset). */
    boolean add(String id) {
        if (ids.size() >= capacity) {
            ids.clear();
        }
        return ids.add(id);
    }
}
