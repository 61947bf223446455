package merchlab.model;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A recommender's own row numbers for a list of candidate products, kept for the last list seen: full-ranking
 * evaluations pass the same unmodifiable catalog list for every shopper, so its ids are looked up once, not once per
 * shopper. Not thread-safe, like the recommenders that use it.
 */
public final class CandidateRows {
    private final ToIntFunction<String> row;
    private List<String> last;
    private int[] rows = new int[0];

    /** @param row the row of a product id, -1 for an unknown product */
    public CandidateRows(ToIntFunction<String> row) {
        this.row = row;
    }

    /** The rows of {@code candidates}, in their order. */
    public int[] of(List<String> candidates) {
        if (candidates != last || rows.length != candidates.size()) {
            int[] out = new int[candidates.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = row.applyAsInt(candidates.get(i));
            }
            rows = out;
            last = candidates;
        }
        return rows;
    }
}
