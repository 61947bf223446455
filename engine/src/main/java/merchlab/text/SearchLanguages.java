package merchlab.text;

import merchlab.store.EventStore;
import merchlab.workspace.Workspace;

/** How many of a workspace's logged searches are written with CJK characters, and how many without. */
final class SearchLanguages {
    /** The most recent searches looked at. */
    static final int SAMPLE = 100_000;

    private SearchLanguages() {
    }

    /** Counts of the most recent logged searches with CJK in their query ({@code cjk}) and without ({@code other}). */
    static Scripts.Counts of(Workspace workspace) {
        long[] counts = new long[2];
        new EventStore(workspace).recentSearches(SAMPLE, query -> counts[Scripts.containsCjk(query) ? 0 : 1]++);
        return new Scripts.Counts(counts[0], counts[1]);
    }
}
