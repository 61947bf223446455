package merchlab.sample.catalog;

/** Whether a product can be bought now, in the Merchant Center vocabulary. */
public enum Availability {
    IN_STOCK("in_stock"), OUT_OF_STOCK("out_of_stock"), PREORDER("preorder"), BACKORDER("backorder");

    private final String code;

    Availability(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a shopper can put it in the cart. */
    public boolean orderable() {
        return this != OUT_OF_STOCK;
    }
}
