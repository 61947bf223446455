package merchlab.model.intent;

import java.util.Map;

/**
 * The shape of the intent network.
 *
 * @param adapter     units of the adapter over the encoder's vector
 * @param ngrams      whether the network also reads the message's TF-IDF n-grams
 * @param weightDecay Adam's weight decay
 * @param spelling    whether misspelled words are mended before the model reads a message ({@link MessageSpelling})
 */
public record IntentArchitecture(int adapter, boolean ngrams, double weightDecay, boolean spelling) {
    public static final IntentArchitecture DEFAULT = new IntentArchitecture(256, true, 1e-4, true);

    /**
     * The architecture stated by the options {@code adapter=N}, {@code ngrams=true|false} and
     * {@code spelling=true|false}, else the default.
     */
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
        return new IntentArchitecture(adapter, flag(options, "ngrams", DEFAULT.ngrams), DEFAULT.weightDecay,
                flag(options, "spelling", DEFAULT.spelling));
    }

    private static boolean flag(Map<String, String> options, String name, boolean fallback) {
        String v = options.getOrDefault(name, String.valueOf(fallback)).strip();
        if (!v.equals("true") && !v.equals("false")) {
            throw new merchlab.MerchLabException("option " + name + " must be true or false, not '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    public Map<String, Object> asMap() {
        return Map.of("adapter", adapter, "ngrams", ngrams, "weightDecay", weightDecay, "spelling", spelling);
    }
}
