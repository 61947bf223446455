package merchlab.model.intent;

import java.util.Map;

/**
 * The shape of the intent network.
 *
 * @param adapter     units of the adapter over the encoder's vector
 * @param ngrams      whether the network also reads the message's TF-IDF n-grams
 * @param weightDecay Adam's weight decay
 */
public record IntentArchitecture(int adapter, boolean ngrams, double weightDecay) {
    public static final IntentArchitecture DEFAULT = new IntentArchitecture(256, true, 1e-4);

    /** The architecture stated by the options {@code adapter=N} and {@code ngrams=true|false}, else the default. */
    public static IntentArchitecture fromOptions(Map<String, String> options) {
        int adapter = DEFAULT.adapter;
        if (options.containsKey("adapter")) {
            try {
                adapter = Integer.parseInt(options.get("adapter").strip());
            } catch (NumberFormatException e) {
                throw new merchlab.MerchLabException("option adapter must be a whole number, not '"
                        + options.get("adapter") + "'");
            }
            if (adapter < 1 || adapter > 4096) {
                throw new merchlab.MerchLabException("option adapter must be between 1 and 4096, not " + adapter);
            }
        }
        String ng = options.getOrDefault("ngrams", String.valueOf(DEFAULT.ngrams)).strip();
        if (!ng.equals("true") && !ng.equals("false")) {
            throw new merchlab.MerchLabException("option ngrams must be true or false, not '" + ng + "'");
        }
        return new IntentArchitecture(adapter, Boolean.parseBoolean(ng), DEFAULT.weightDecay);
    }

    public Map<String, Object> asMap() {
        return Map.of("adapter", adapter, "ngrams", ngrams, "weightDecay", weightDecay);
    }
}
