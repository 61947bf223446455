package merchlab.eval.tune;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import merchlab.MerchLabException;

/**
 * The settings {@code merchlab tune} draws for one model kind, each from a short list of values: the kind's options
 * (as {@code --set KEY=VALUE} takes them) and, for kinds trained by gradient steps, the shared {@code learning-rate} and
 * {@code batch-size}. A draw leaves out nothing: every dimension gets a value.
 *
 * @param epochs whether the kind trains in epochs, so successive halving can give weak settings fewer of them
 * @param early  options for the short trainings of the first rounds, where a cheaper model ranks the settings well
 *               enough (the sequence recommender's network without its transition skip, which every setting shares)
 */
public record SearchSpace(String kind, Map<String, List<String>> dimensions, boolean epochs,
                          Map<String, String> early) {
    /** Settings shared by every kind, not passed as kind options. */
    public static final String LEARNING_RATE = "learning-rate";
    public static final String BATCH_SIZE = "batch-size";

    public SearchSpace {
        dimensions = Map.copyOf(dimensions);
        early = Map.copyOf(early);
    }

    /** The space of a kind; an error for kinds with nothing to tune on ranking cases. */
    public static SearchSpace of(String kind) {
        Map<String, List<String>> d = new LinkedHashMap<>();
        switch (kind) {
            case "sequence" -> {
                d.put("dim", List.of("32", "64", "128"));
                d.put("layers", List.of("0", "1", "2"));
                d.put("heads", List.of("1", "2"));
                d.put("history", List.of("5", "10", "20", "50"));
                d.put("dropout", List.of("0", "0.1", "0.2", "0.3"));
                d.put("id", List.of("true", "false"));
                d.put("id-dropout", List.of("0", "0.1", "0.25"));
                d.put("weight-decay", List.of("0", "0.0001", "0.001"));
                d.put(LEARNING_RATE, List.of("0.0003", "0.001", "0.002", "0.005"));
                d.put(BATCH_SIZE, List.of("0", "64", "128", "256"));
                return new SearchSpace(kind, ordered(d), true, Map.of("transition-skip", "false"));
            }
            case "cooccurrence" -> {
                d.put("window", List.of("1", "2", "3", "5", "10", "20"));
                d.put("direction", List.of("both", "forward"));
                d.put("weighting", List.of("cosine", "count"));
                d.put("history", List.of("1", "3", "5", "10", "20"));
                d.put("recency", List.of("1.0", "0.8", "0.6", "0.4"));
                return new SearchSpace(kind, ordered(d), false, Map.of());
            }
            case "popularity" -> {
                d.put("scope", List.of("overall", "category"));
                d.put("half-life", List.of("none", "1", "7", "14", "28", "90"));
                return new SearchSpace(kind, ordered(d), false, Map.of());
            }
            case "semantic" -> throw new MerchLabException("the semantic baseline has no settings to tune");
            default -> throw new MerchLabException("no search space for model kind '" + kind + "': tune sequence,"
                    + " cooccurrence or popularity");
        }
    }

    private static Map<String, List<String>> ordered(Map<String, List<String>> d) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(d));
    }

    /** One setting drawn uniformly from each dimension, in a fixed order so a seed repeats the draw. */
    public Map<String, String> draw(Random random) {
        Map<String, String> out = new LinkedHashMap<>();
        dimensions.keySet().stream().sorted().forEach(key -> {
            List<String> values = dimensions.get(key);
            out.put(key, values.get(random.nextInt(values.size())));
        });
        return out;
    }
}
