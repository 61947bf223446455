package merchlab.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How well order ids and product links are read, against labelled messages whose {@code entity_type} is
 * {@code order_id} or {@code product_id}: precision (of the ids read, the share that are the message's true one) and
 * recall (of the messages naming one, the share where it was read), per entity type.
 */
public final class EntityEvaluation {
    private EntityEvaluation() {
    }

    /** Scores of one entity type. */
    public record Score(String type, int messages, int read, int right, double precision, double recall) {
    }

    /** Scores for {@code order_id} and {@code product} over the messages; types no message names are left out. */
    public static List<Score> evaluate(List<LabelledMessage> messages, Function<String, List<Entity>> reader) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        counts.put("order_id", new int[3]);
        counts.put("product", new int[3]);
        for (LabelledMessage m : messages) {
            String truthType = "product_id".equals(m.entityType()) ? "product" : m.entityType();
            List<Entity> found = reader.apply(m.text());
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                boolean named = e.getKey().equals(truthType) && m.entityValue() != null;
                e.getValue()[0] += named ? 1 : 0;
                for (Entity x : found) {
                    if (x.type().equals(e.getKey()) && (x.known() || x.type().equals("order_id"))) {
                        e.getValue()[1]++;
                        e.getValue()[2] += named && x.value().equalsIgnoreCase(m.entityValue()) ? 1 : 0;
                    }
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] > 0).map(e -> {
            int[] c = e.getValue();
            return new Score(e.getKey(), c[0], c[1], c[2], c[1] == 0 ? Double.NaN : (double) c[2] / c[1],
                    (double) c[2] / c[0]);
        }).toList();
    }
}
