package merchlab.ui.data;

import merchlab.browse.Page;
import merchlab.browse.PageRequest;

/** Reads one page of a table; called on a background thread. */
@FunctionalInterface
public interface PageSource<T> {
    Page<T> fetch(PageRequest request);
}
