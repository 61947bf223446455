package merchlab.ui.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.browse.Page;
import merchlab.browse.PageRequest;
import merchlab.ui.format.Formats;
import merchlab.ui.task.TaskRunner;

/**
 * One table that pages through a workspace table: its current rows, position, sort and filter.
 *
 * <p>Reads run in the background. While one is in flight, further changes (typing in the filter, clicking next)
 * are coalesced: when it returns, only the latest request is read, so a fast typist never queues a read per key.
 * An inactive table (a hidden tab) reads nothing until it is activated.
 */
public final class PagedTableViewModel<T> {
    // properties
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyLongWrapper offset = new ReadOnlyLongWrapper(this, "offset");
    private final ReadOnlyStringWrapper filter = new ReadOnlyStringWrapper(this, "filter", "");
    private final ReadOnlyStringWrapper sortKey = new ReadOnlyStringWrapper(this, "sortKey");
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(this, "ascending", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper(this, "range", "");

    private final TaskRunner tasks;
    private final String what;
    private final int pageSize;
    private PageSource<T> source;
    private boolean active = true;
    private boolean inFlight;
    private boolean stale;

    /** A table of {@code what} (for example "products") showing {@code pageSize} rows at a time. */
    public PagedTableViewModel(TaskRunner tasks, String what, int pageSize) {
        this.tasks = tasks;
        this.what = what;
        this.pageSize = pageSize;
    }

    public ObservableList<T> rows() {
        return rowsView;
    }

    /** Rows matching the filter. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The sort key, or {@code null} for the table's default order. */
    public ReadOnlyStringProperty sortKeyProperty() {
        return sortKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    /** "1–200 of 12,345". */
    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public int pageSize() {
        return pageSize;
    }

    // commands

    /** Reads from {@code newSource} from now on (a workspace was opened), starting at the first page; null empties the table. */
    public void setSource(PageSource<T> newSource) {
        source = newSource;
        offset.set(0);
        if (newSource == null) {
            show(java.util.List.of(), 0);
        }
        reload();
    }

    /** Reads from {@code newSource} (fresh data of the same workspace), staying on the same page, sort and filter. */
    public void swapSource(PageSource<T> newSource) {
        source = newSource;
        reload();
    }

    /** A hidden table reads nothing; activating it reads what changed meanwhile. */
    public void setActive(boolean on) {
        active = on;
        if (on && stale) {
            reload();
        }
    }

    /** Shows rows containing {@code text}, from the first page. */
    public void filter(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.equals(filter.get())) {
            filter.set(value);
            offset.set(0);
            reload();
        }
    }

    /** Sorts by {@code key} ({@code null} for the default order), from the first page. */
    public void sortBy(String key, boolean asc) {
        if (!java.util.Objects.equals(key, sortKey.get()) || asc != ascending.get()) {
            sortKey.set(key);
            ascending.set(asc);
            offset.set(0);
            reload();
        }
    }

    public void nextPage() {
        if (hasNext.get()) {
            moveTo(offset.get() + pageSize);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            moveTo(Math.max(0, offset.get() - pageSize));
        }
    }

    public void firstPage() {
        moveTo(0);
    }

    public void lastPage() {
        long last = total.get() == 0 ? 0 : (total.get() - 1) / pageSize * pageSize;
        moveTo(last);
    }

    /** Reads the current page again. */
    public void reload() {
        stale = true;
        if (!active || inFlight || source == null) {
            return;
        }
        stale = false;
        inFlight = true;
        loading.set(true);
        PageSource<T> from = source;
        PageRequest request = new PageRequest(offset.get(), pageSize, sortKey.get(), ascending.get(), filter.get());
        tasks.submit("Reading " + what, context -> from.fetch(request), page -> {
            inFlight = false;
            if (stale || from != source) {
                reload();
            } else {
                loading.set(false);
                show(page.rows(), page.total());
                hasPrevious.set(page.hasPrevious());
                hasNext.set(page.hasNext());
            }
        }, error -> {
            inFlight = false;
            loading.set(false);
            if (stale) {
                reload();
            }
        });
    }

    private void moveTo(long newOffset) {
        if (newOffset != offset.get()) {
            offset.set(newOffset);
            reload();
        }
    }

    private void show(java.util.List<T> page, long count) {
        rows.setAll(page);
        total.set(count);
        hasPrevious.set(offset.get() > 0);
        hasNext.set(offset.get() + page.size() < count);
        range.set(Formats.range(offset.get(), page.size(), count));
    }
}
