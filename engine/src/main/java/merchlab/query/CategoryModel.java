package merchlab.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import merchlab.text.Scripts;
import merchlab.text.Vectors;

/**
 * Scores every category path of the catalog for a query and turns the scores into probabilities with a softmax. A
 * path's logit adds up three pieces of evidence:
 * <ul>
 *   <li>the cosine between the query embedding and the mean embedding of the path's products, over a temperature
 *       (a nearest-centroid classifier);</li>
 *   <li>a bonus when the query names one of the path's levels in the catalog's words;</li>
 *   <li>a bonus when the path is written in the query's script (a Chinese query in a bilingual shop means the
 *       Chinese categories).</li>
 * </ul>
 * A vote of the query's nearest products was tried as a fourth piece and lowered top-1 accuracy on the generated
 * shop (0.713 to 0.691), so it is not used.
 */
public final class CategoryModel {
    /**
     * The weights of the evidence.
     *
     * @param temperature softmax temperature on centroid cosine similarity
     * @param wordBonus   logit bonus for a path containing a word of the query
     * @param scriptBonus logit bonus for a path in the query's script
     */
    public record Settings(double temperature, double wordBonus, double scriptBonus) {
        /** Chosen on the small generated shop and checked on the medium one (BENCHMARKS.md). */
        public static final Settings DEFAULT = new Settings(0.05, 2.0, 2.0);
    }

    private final List<String> paths;
    private final boolean[] cjkPath;
    private final float[][] centroids;
    private final Settings settings;

    private CategoryModel(List<String> paths, float[][] centroids, Settings settings) {
        this.paths = paths;
        this.centroids = centroids;
        this.settings = settings;
        this.cjkPath = new boolean[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            cjkPath[i] = Scripts.containsCjk(paths.get(i));
        }
    }

    /** Builds centroids from {@code rows} product vectors and their category paths (rows without a path are skipped). */
    public static CategoryModel fit(int rows, IntFunction<float[]> vector, IntFunction<String> category, Settings settings) {
        Map<String, float[]> sums = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            String path = category.apply(r);
            if (path == null || path.isBlank()) {
                continue;
            }
            float[] v = vector.apply(r);
            float[] sum = sums.computeIfAbsent(path, p -> new float[v.length]);
            for (int j = 0; j < v.length; j++) {
                sum[j] += v[j];
            }
        }
        List<String> paths = new ArrayList<>(sums.keySet());
        paths.sort(Comparator.naturalOrder());
        float[][] centroids = new float[paths.size()][];
        for (int i = 0; i < paths.size(); i++) {
            centroids[i] = Vectors.normalise(sums.get(paths.get(i)));
        }
        return new CategoryModel(List.copyOf(paths), centroids, settings);
    }

    /** Category paths known to the model. */
    public List<String> paths() {
        return paths;
    }

    /**
     * The {@code top} most likely paths for a query.
     *
     * @param query      the query embedding, or null
     * @param namedPaths paths one of whose words the query uses
     * @param cjkQuery   whether the query is written in a CJK script
     */
    public List<CategoryGuess> guess(float[] query, Set<String> namedPaths, boolean cjkQuery, int top) {
        if (paths.isEmpty()) {
            return List.of();
        }
        double[] logits = new double[paths.size()];
        boolean hasVector = query != null && Vectors.norm(query) > 0;
        for (int i = 0; i < paths.size(); i++) {
            double l = hasVector ? Vectors.dot(query, centroids[i]) / settings.temperature() : 0;
            if (namedPaths.contains(paths.get(i))) {
                l += settings.wordBonus();
            }
            if (cjkPath[i] == cjkQuery) {
                l += settings.scriptBonus();
            }
            logits[i] = l;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            sum += logits[i];
        }
        List<CategoryGuess> guesses = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            guesses.add(new CategoryGuess(paths.get(i), logits[i] / sum));
        }
        guesses.sort(Comparator.comparingDouble(CategoryGuess::probability).reversed());
        return List.copyOf(guesses.subList(0, Math.min(top, guesses.size())));
    }
}
