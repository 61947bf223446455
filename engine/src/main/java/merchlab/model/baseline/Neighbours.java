package merchlab.model.baseline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.InteractionLog;
import merchlab.features.ShopCatalog;

/**
 * The co-occurrence model's parameters: for each product its strongest neighbours (co-occurrence within a shopper's
 * sliding window of recent distinct products, weighted as {@link CooccurrenceSettings} says) and engagement counts for
 * tie-breaking.
 */
record Neighbours(Map<String, Map<String, Float>> lists, Map<String, Float> popularity) {
    /** Counts {@code log}, each shopper's products in time order, for the products of {@code catalog}. */
    static Neighbours fit(InteractionLog log, ShopCatalog catalog, CooccurrenceSettings settings, CancelToken cancel) {
        Map<Long, Float> pairs = new HashMap<>();
        float[] count = new float[catalog.size()];
        for (String user : log.shoppers()) {
            cancel.check();
            Deque<Integer> window = new ArrayDeque<>();
            for (String id : log.products(user)) {
                int p = catalog.indexOf(id);
                if (p < 0 || window.contains(p)) {
                    continue;
                }
                count[p]++;
                for (int q : window) {
                    // q came before p: with direction forward only q -> p counts
                    long key = settings.forward() || q < p ? ((long) q << 32) | p : ((long) p << 32) | q;
                    pairs.merge(key, 1f, Float::sum);
                }
                window.addFirst(p);
                if (window.size() > settings.window()) {
                    window.removeLast();
                }
            }
        }
        Map<Integer, Map<Integer, Float>> weights = new HashMap<>();
        pairs.forEach((key, c) -> {
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            float w = settings.cosine() ? (float) (c / Math.sqrt(count[a] * count[b])) : c;
            weights.computeIfAbsent(a, k -> new HashMap<>()).merge(b, w, Float::sum);
            if (!settings.forward()) {
                weights.computeIfAbsent(b, k -> new HashMap<>()).merge(a, w, Float::sum);
            }
        });
        Map<String, Map<String, Float>> lists = new LinkedHashMap<>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Float> top = new LinkedHashMap<>();
            e.getValue().entrySet().stream()
                    .sorted((x, y) -> y.getValue().equals(x.getValue()) ? Integer.compare(x.getKey(), y.getKey())
                            : Float.compare(y.getValue(), x.getValue()))
                    .limit(CooccurrenceSettings.KEEP).forEach(n -> top.put(catalog.id(n.getKey()), n.getValue()));
            lists.put(catalog.id(e.getKey()), top);
        });
        Map<String, Float> popularity = new LinkedHashMap<>();
        for (int p = 0; p < count.length; p++) {
            if (count[p] > 0) {
                popularity.put(catalog.id(p), count[p]);
            }
        }
        return new Neighbours(lists, popularity);
    }

    byte[] write() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(ProductCounts.write(popularity));
            out.writeInt(lists.size());
            for (Map.Entry<String, Map<String, Float>> e : lists.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (Map.Entry<String, Float> n : e.getValue().entrySet()) {
                    out.writeUTF(n.getKey());
                    out.writeFloat(n.getValue());
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Neighbours read(byte[] bytes) {
        if (bytes == null) {
            throw new MerchLabException("the co-occurrence model has no stored neighbours: retrain it");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            Map<String, Float> popularity = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                popularity.put(in.readUTF(), in.readFloat());
            }
            int products = in.readInt();
            Map<String, Map<String, Float>> lists = new LinkedHashMap<>(products * 2);
            for (int i = 0; i < products; i++) {
                String id = in.readUTF();
                int k = in.readInt();
                Map<String, Float> list = new LinkedHashMap<>(k * 2);
                for (int j = 0; j < k; j++) {
                    list.put(in.readUTF(), in.readFloat());
                }
                lists.put(id, list);
            }
            return new Neighbours(lists, popularity);
        } catch (IOException e) {
            throw new MerchLabException("the co-occurrence model is damaged: " + e.getMessage(), e);
        }
    }

    /** Number of products with at least one neighbour. */
    int products() {
        return lists.size();
    }
}
