package merchlab.model.sequence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import merchlab.behaviour.InteractionLog;
import merchlab.model.TrainingSettings;

/**
 * How much an engagement log says per product and per shopper, which decides the sequence recommender's default shape
 * (see {@link SequenceSettings#fittedTo}).
 *
 * @param products      distinct products engaged with
 * @param pairs         distinct (shopper, product) pairs
 * @param medianHistory median number of distinct products a shopper engaged with
 */
public record LogShape(int products, long pairs, int medianHistory) {
    /** Below this many shoppers per product on average, per-product id vectors have too little to learn from. */
    static final double SHOPPERS_PER_PRODUCT_FOR_IDS = 5;
    /** Below this median history, attention over the history overfits: the last product carries the mission. */
    static final int HISTORY_FOR_ATTENTION = 16;
    /** Most epochs and patience when none were asked for, on short and on long histories. */
    static final int SHORT_EPOCHS = 50;
    static final int SHORT_PATIENCE = 3;
    static final int LONG_EPOCHS = 300;
    static final int LONG_PATIENCE = 15;

    public static LogShape of(InteractionLog log) {
        List<String> shoppers = log.shoppers();
        int[] lengths = new int[shoppers.size()];
        Set<String> products = new HashSet<>();
        long pairs = 0;
        for (int i = 0; i < lengths.length; i++) {
            Set<String> own = new HashSet<>(log.products(shoppers.get(i)));
            lengths[i] = own.size();
            pairs += own.size();
            products.addAll(own);
        }
        Arrays.sort(lengths);
        return new LogShape(products.size(), pairs, lengths.length == 0 ? 0 : lengths[lengths.length / 2]);
    }

    /** Average number of shoppers who engaged with a product. */
    public double shoppersPerProduct() {
        return products == 0 ? 0 : (double) pairs / products;
    }

    /** Whether products have enough shoppers each to learn their own id vectors. */
    boolean supportsIds() {
        return shoppersPerProduct() >= SHOPPERS_PER_PRODUCT_FOR_IDS;
    }

    /**
     * {@code asked} with the epochs and patience the log needs where none were asked for: on long histories the
     * attention encoder keeps improving for dozens of epochs of about 40 steps, with plateaus, so it trains up to
     * {@value #LONG_EPOCHS} epochs and stops after {@value #LONG_PATIENCE} without a better validation score; on short
     * ones {@value #SHORT_EPOCHS} and {@value #SHORT_PATIENCE}.
     */
    TrainingSettings training(TrainingSettings asked) {
        return supportsAttention() ? asked.withAutomatic(LONG_EPOCHS, LONG_PATIENCE)
                : asked.withAutomatic(SHORT_EPOCHS, SHORT_PATIENCE);
    }

    /** Whether shoppers' histories are long enough for self-attention to learn more than the last product does. */
    boolean supportsAttention() {
        return medianHistory >= HISTORY_FOR_ATTENTION;
    }
}
