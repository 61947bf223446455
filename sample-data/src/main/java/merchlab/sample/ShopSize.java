package merchlab.sample;

import java.util.Locale;
import merchlab.MerchLabException;

/**
 * Preset shop sizes: small (the bundled first-start sample), medium and large (for benchmarks).
 *
 * <p>The event count follows from the shoppers, the days and each preset's visit rate; overriding the shoppers or
 * days scales it.
 */
public enum ShopSize {
    /** About 2,000 products, 500 shoppers, 30 days and 120,000 events. */
    SMALL(2_000, 500, 30, 0.26),
    /** About 100,000 products, 20,000 shoppers, 30 days and 1,000,000 events. */
    MEDIUM(100_000, 20_000, 30, 0.062),
    /** About 1,000,000 products, 200,000 shoppers, 30 days and 10,000,000 events. */
    LARGE(1_000_000, 200_000, 30, 0.062);

    private final int products;
    private final int users;
    private final int days;
    private final double sessionsPerShopperDay;

    ShopSize(int products, int users, int days, double sessionsPerShopperDay) {
        this.products = products;
        this.users = users;
        this.days = days;
        this.sessionsPerShopperDay = sessionsPerShopperDay;
    }

    public int products() {
        return products;
    }

    public int users() {
        return users;
    }

    public int days() {
        return days;
    }

    /** The average number of visits a shopper makes per day (individual shoppers vary around it). */
    public double sessionsPerShopperDay() {
        return sessionsPerShopperDay;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShopSize parse(String code) {
        for (ShopSize size : values()) {
            if (size.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return size;
            }
        }
        throw new MerchLabException("unknown size '" + code + "': use small, medium or large");
    }
}
