package merchlab.eval.judged;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.store.JudgmentStore;
import merchlab.workspace.Workspace;

/**
 * Grades given by hand: a person rates a product for a query (in the Query sets section), which is stored as a
 * judgment with the rater's name and the time, replacing any earlier grade of the pair. Imported judgments carry the
 * rater {@link #IMPORT}.
 */
public final class Ratings {
    /** The rater of judgments that came from an imported file. */
    public static final String IMPORT = "import";
    /** The grades a person chooses from, best first: the ESCI gains (Exact, Substitute, Complement, Irrelevant). */
    public static final List<Grade> GRADES = List.of(new Grade("Exact", 1.0), new Grade("Substitute", 0.1),
            new Grade("Complement", 0.01), new Grade("Irrelevant", 0.0));

    private final JudgmentStore store;

    public Ratings(Workspace workspace) {
        this.store = new JudgmentStore(workspace);
    }

    /** An ESCI grade: its name and the gain NDCG counts for it. */
    public record Grade(String label, double gain) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A judgment of one product for one query, with who gave it ({@link #IMPORT} for a file) and when (null if unknown). */
    public record Rating(String productId, double gain, String rater, Long ratedAt) {
    }

    /** The ESCI name of a gain ("Exact" for 1.0 ...), or the number for a gain that is not one of them. */
    public static String label(double gain) {
        return GRADES.stream().filter(g -> g.gain() == gain).map(Grade::label).findFirst()
                .orElseGet(() -> String.format(Locale.ROOT, "%.2f", gain));
    }

    /**
     * Stores {@code gain} as the judgment of {@code productId} for {@code query} by {@code rater}, at {@code now} (epoch
     * ms).
     */
    public void rate(String query, String productId, double gain, String rater, long now) {
        if (query == null || query.isBlank() || productId == null || productId.isBlank()) {
            throw new MerchLabException("a rating needs a query and a product");
        }
        if (!(gain >= 0) || Double.isInfinite(gain)) {
            throw new MerchLabException("a grade is a gain of 0 or more, not " + gain);
        }
        if (rater == null || rater.isBlank()) {
            throw new MerchLabException("a rating needs the rater's name");
        }
        store.rate(query, productId, gain, rater.strip(), now);
    }

    /** The judgments of {@code query}, product id to rating, in product order. */
    public Map<String, Rating> of(String query) {
        Map<String, Rating> out = new LinkedHashMap<>();
        store.ratings(query, (productId, gain, rater, ratedAt) ->
                out.put(productId, new Rating(productId, gain, rater, ratedAt)));
        return out;
    }
}
