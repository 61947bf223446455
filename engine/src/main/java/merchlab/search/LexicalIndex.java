package merchlab.search;

import merchlab.store.SearchIndexStore;
import merchlab.workspace.Workspace;

/**
 * Keeps the full-text table {@code product_search} in step with {@code products}: products added, changed (by their
 * {@code updated_at}) or removed since the last refresh are re-indexed, and everything is rebuilt when the text
 * analysis changed.
 */
public final class LexicalIndex {
    /** Workspace setting holding the {@link SearchText#VERSION} the index was built with. */
    public static final String ANALYSER_SETTING = "search.analyser";

    private final Workspace workspace;

    public LexicalIndex(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a refresh did. */
    public record Refresh(int indexed, int removed, boolean rebuilt) {
    }

    /** True when every product is indexed at its current version with the current analysis. */
    public boolean isFresh() {
        return analyserCurrent() && new SearchIndexStore(workspace).holdsEveryProduct();
    }

    /** Brings the index up to date when it is not, taking the workspace's writer lock to do so. */
    public Refresh refreshIfStale() {
        return isFresh() ? new Refresh(0, 0, false) : refresh();
    }

    /** Brings the index up to date under the workspace's writer lock. */
    public Refresh refresh() {
        boolean[] rebuild = new boolean[1];
        SearchIndexStore.Refreshed r = new SearchIndexStore(workspace).refresh(() -> rebuild[0] = !analyserCurrent(),
                SearchText::document, () -> workspace.putMeta(ANALYSER_SETTING, Integer.toString(SearchText.VERSION)));
        return new Refresh(r.indexed(), r.removed(), rebuild[0]);
    }

    private boolean analyserCurrent() {
        return workspace.meta(ANALYSER_SETTING).map(v -> v.equals(Integer.toString(SearchText.VERSION))).orElse(false);
    }
}
