package merchlab.model.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import merchlab.MerchLabException;
import merchlab.behaviour.InteractionLog;
import merchlab.text.ProductVectors;

/**
 * The training products (rows 1..n of the id table; row 0 is padding) with their text vectors, and every shopper's
 * history as rows, checked for the problems that would make training meaningless.
 */
final class TrainingData {
    final List<String> products;
    final Map<String, Integer> rows = new HashMap<>();
    final float[] text;
    final int textDimension;
    final int[] counts;
    final List<int[]> sequences;
    final int dropped;

    private TrainingData(List<String> products, float[] text, int textDimension, int[] counts, List<int[]> sequences,
                         int dropped) {
        this.products = products;
        this.text = text;
        this.textDimension = textDimension;
        this.counts = counts;
        this.sequences = sequences;
        this.dropped = dropped;
        for (int i = 0; i < products.size(); i++) {
            rows.put(products.get(i), i + 1);
        }
    }

    /** The training data of {@code log}; interactions with products that have no text vector are dropped and counted. */
    static TrainingData of(InteractionLog log, ProductVectors vectors) {
        if (log.isEmpty()) {
            throw new MerchLabException("no engagement events to train on: import clicks, views, carts or purchases"
                    + " first");
        }
        if (vectors.size() == 0) {
            throw new MerchLabException("no product vectors for encoder '" + vectors.encoder()
                    + "': run merchlab encode first");
        }
        checkFinite(vectors);
        TreeSet<String> known = new TreeSet<>();
        int dropped = 0;
        for (String product : log.productIds()) {
            if (vectors.row(product).isPresent()) {
                known.add(product);
            }
        }
        List<String> products = List.copyOf(known);
        int dim = vectors.dimension();
        float[] text = new float[(products.size() + 1) * dim];
        for (int i = 0; i < products.size(); i++) {
            System.arraycopy(vectors.matrix(), vectors.row(products.get(i)).orElseThrow() * dim, text, (i + 1) * dim,
                    dim);
        }
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            rowOf.put(products.get(i), i + 1);
        }
        int[] counts = new int[products.size() + 1];
        List<int[]> sequences = new ArrayList<>();
        for (String user : log.shoppers()) {
            List<String> history = log.products(user);
            int[] seq = history.stream().filter(rowOf::containsKey).mapToInt(rowOf::get).toArray();
            dropped += history.size() - seq.length;
            for (int r : seq) {
                counts[r]++;
            }
            if (seq.length >= 2) {
                sequences.add(seq);
            }
        }
        if (sequences.size() < 2) {
            throw new MerchLabException("the sequence model needs at least 2 shoppers with two or more encoded"
                    + " products each; found " + sequences.size());
        }
        return new TrainingData(products, text, dim, counts, sequences, dropped);
    }

    int size() {
        return products.size();
    }

    /**
     * Cuts every history into windows of at most {@code maxHistory + 1} products, from the newest back, so that each
     * product after a shopper's first is a prediction target exactly once.
     */
    List<int[]> windows(int maxHistory) {
        List<int[]> out = new ArrayList<>();
        for (int[] seq : sequences) {
            int end = seq.length;
            while (end > 1) {
                int start = Math.max(0, end - maxHistory - 1);
                int[] w = new int[end - start];
                System.arraycopy(seq, start, w, 0, w.length);
                out.add(w);
                end = start + 1;
            }
        }
        return out;
    }

    /**
     * Examples for the masked objective: every history of at most {@code maxHistory} products whole, a longer one cut
     * into random groups of at most {@code maxHistory} (each kept in time order), so each product is in one example.
     */
    List<int[]> maskedExamples(int maxHistory, Random random) {
        List<int[]> out = new ArrayList<>();
        for (int[] seq : sequences) {
            if (seq.length <= maxHistory) {
                out.add(seq);
                continue;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < seq.length; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            int groups = (seq.length + maxHistory - 1) / maxHistory;
            for (int g = 0; g < groups; g++) {
                int[] idx = order.subList(g * seq.length / groups, (g + 1) * seq.length / groups).stream()
                        .mapToInt(Integer::intValue).sorted().toArray();
                int[] e = new int[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    e[i] = seq[idx[i]];
                }
                out.add(e);
            }
        }
        return out;
    }

    private static void checkFinite(ProductVectors vectors) {
        float[] m = vectors.matrix();
        for (int i = 0; i < m.length; i++) {
            if (!Float.isFinite(m[i])) {
                throw new MerchLabException("the product vectors of encoder '" + vectors.encoder()
                        + "' contain NaN or infinite values (product " + vectors.productId(i / vectors.dimension())
                        + "): re-run merchlab encode");
            }
        }
    }
}
