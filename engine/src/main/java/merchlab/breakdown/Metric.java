package merchlab.breakdown;

/**
 * A rate of shown products: the share of impressions that were clicked, that led to an add-to-cart, that led to a
 * purchase. An add-to-cart or a purchase counts for an impression when it names the same product and result list
 * (request id) within {@link ImpressionCounts#ATTRIBUTION_DAYS} days.
 */
public enum Metric {
    CTR("ctr", "CTR", "clicks"),
    ADD_TO_CART("cart_rate", "add-to-cart rate", "carts"),
    CONVERSION("conversion", "conversion", "purchases");

    private final String column;
    private final String title;
    private final String events;

    Metric(String column, String title, String events) {
        this.column = column;
        this.title = title;
        this.events = events;
    }

    /** The breakdown table's column of this rate; {@code _low}, {@code _high}, {@code previous_} ... beside it. */
    public String column() {
        return column;
    }

    /** The column counting the impressions that led to this event. */
    public String events() {
        return events;
    }

    @Override
    public String toString() {
        return title;
    }
}
