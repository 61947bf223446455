package merchlab.model.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.model.TrainingSettings;
import merchlab.text.ProductVectors;

/** Small seeded shops with planted behaviour, and a deterministic fake text encoder for them. */
final class TinyShop {
    static final int GENRES = 3;
    static final int PER_GENRE = 10;

    private TinyShop() {
    }

    static String product(int i) {
        return String.format("p%02d", i);
    }

    /** Shoppers walk a chain: after product i comes product i + 1 (mod {@code products}), six steps from a random start. */
    static InteractionLog chain(int products, int shoppers, long seed) {
        Random random = new Random(seed);
        List<Interaction> all = new ArrayList<>();
        for (int u = 0; u < shoppers; u++) {
            int start = random.nextInt(products);
            for (int s = 0; s < 6; s++) {
                all.add(new Interaction("u" + u, product((start + s) % products), 1000L * (s + 1)));
            }
        }
        return InteractionLog.of(all);
    }

    /** Each shopper sticks to one genre (products g*10 .. g*10+9) and engages with six of its products. */
    static InteractionLog genres(int shoppers, long seed) {
        Random random = new Random(seed);
        List<Interaction> all = new ArrayList<>();
        for (int u = 0; u < shoppers; u++) {
            int genre = u % GENRES;
            List<Integer> pool = new ArrayList<>();
            for (int i = 0; i < PER_GENRE; i++) {
                pool.add(genre * PER_GENRE + i);
            }
            java.util.Collections.shuffle(pool, random);
            for (int s = 0; s < 6; s++) {
                all.add(new Interaction("u" + u, product(pool.get(s)), 1000L * (s + 1)));
            }
        }
        return InteractionLog.of(all);
    }

    /** Fake encoder output: random unit vectors, uninformative about the chain. */
    static ProductVectors randomText(int products, int dimension, long seed) {
        Random random = new Random(seed);
        float[] m = new float[products * dimension];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) random.nextGaussian();
        }
        return normalised("fake", products, dimension, m);
    }

    /** Fake encoder output where the text names the genre: a genre direction plus noise. */
    static ProductVectors genreText(long seed) {
        int dimension = 8;
        int products = GENRES * PER_GENRE;
        Random random = new Random(seed);
        float[] m = new float[products * dimension];
        for (int p = 0; p < products; p++) {
            for (int j = 0; j < dimension; j++) {
                m[p * dimension + j] = (float) (0.3 * random.nextGaussian());
            }
            m[p * dimension + p / PER_GENRE] += 1;
        }
        return normalised("fake", products, dimension, m);
    }

    private static ProductVectors normalised(String encoder, int products, int dimension, float[] m) {
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            ids.add(product(p));
            double n = 0;
            for (int j = 0; j < dimension; j++) {
                n += m[p * dimension + j] * m[p * dimension + j];
            }
            for (int j = 0; j < dimension; j++) {
                m[p * dimension + j] /= (float) Math.sqrt(n);
            }
        }
        return new ProductVectors(encoder, dimension, ids, m);
    }

    static TrainingSettings training(int epochs) {
        return new TrainingSettings(epochs, 64, 0.01, 50, 7, "cpu", 1);
    }

    static SequenceSettings small() {
        return new SequenceSettings(16, 1, 2, 8, SequenceSettings.NEXT, 0.2, 0.1, true, 0.25, 0, 5000, 0.0, 2000, true);
    }
}
