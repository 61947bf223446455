package merchlab.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import merchlab.text.Vectors;

/**
 * Scores every category path of the catalog for a query: the cosine between the query's embedding and the mean
 * embedding of the category's products, plus a bonus when the query names one of the path's levels, turned into
 * probabilities by a softmax.
 *
 * @see <a href="https://en.wikipedia.org/wiki/Nearest_centroid_classifier">nearest centroid classifier</a>
 */
public final class CategoryModel {
    /** Softmax temperature on cosine similarity. */
    public static final double TEMPERATURE = 0.05;
    /** Logit bonus for a category whose path contains a word of the query. */
    public static final double WORD_BONUS = 2.0;

    private final List<String> paths;
    private final float[][] centroids;
    private final double temperature;
    private final double wordBonus;

    private CategoryModel(List<String> paths, float[][] centroids, double temperature, double wordBonus) {
        this.paths = paths;
        this.centroids = centroids;
        this.temperature = temperature;
        this.wordBonus = wordBonus;
    }

    /**
     * Builds centroids from {@code rows} product vectors and their category paths (rows without a path are skipped).
     */
    public static CategoryModel fit(int rows, IntFunction<float[]> vector, IntFunction<String> category,
                                    double temperature, double wordBonus) {
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
        return new CategoryModel(List.copyOf(paths), centroids, temperature, wordBonus);
    }

    /** Category paths known to the model. */
    public List<String> paths() {
        return paths;
    }

    /**
     * The {@code top} most likely paths for a query with embedding {@code query} (may be null) whose text names the
     * paths in {@code namedPaths}.
     */
    public List<CategoryGuess> guess(float[] query, Set<String> namedPaths, int top) {
        if (paths.isEmpty()) {
            return List.of();
        }
        double[] logits = new double[paths.size()];
        double max = Double.NEGATIVE_INFINITY;
        boolean hasVector = query != null && Vectors.norm(query) > 0;
        for (int i = 0; i < paths.size(); i++) {
            double l = hasVector ? Vectors.dot(query, centroids[i]) / temperature : 0;
            if (namedPaths.contains(paths.get(i))) {
                l += wordBonus;
            }
            logits[i] = l;
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
