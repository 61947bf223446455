package merchlab.model.sequence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import merchlab.behaviour.InteractionLog;

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

    /** Whether shoppers' histories are long enough for self-attention to learn more than the last product does. */
    boolean supportsAttention() {
        return medianHistory >= HISTORY_FOR_ATTENTION;
    }
}
