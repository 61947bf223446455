package merchlab.ads;

/**
 * The merchandiser's settings of the sponsored-products auction.
 *
 * @param reserveCents    the reserve price: no ad bids less and no click costs less, at least one cent
 * @param relevanceWeight within [0, 1]: how much the ad's relevance to the request scales its rank score,
 *                        {@code pCTR x bid x ((1 - weight) + weight x relevance)}; 0 ranks by eCPM alone
 */
public record AuctionRules(long reserveCents, double relevanceWeight) {
    public AuctionRules {
        if (reserveCents < 1) {
            throw new IllegalArgumentException("the reserve price must be at least one cent, got " + reserveCents);
        }
        if (!(relevanceWeight >= 0 && relevanceWeight <= 1)) {
            throw new IllegalArgumentException("the relevance weight must lie within [0, 1], got " + relevanceWeight);
        }
    }

    /** A reserve of five cents and ranking by eCPM alone. */
    public static AuctionRules defaults() {
        return new AuctionRules(5, 0);
    }

    /** The same rules with another reserve price. */
    public AuctionRules withReserveCents(long cents) {
        return new AuctionRules(cents, relevanceWeight);
    }

    /** The same rules with another relevance weight. */
    public AuctionRules withRelevanceWeight(double weight) {
        return new AuctionRules(reserveCents, weight);
    }

    /** The factor an ad's relevance puts on its eCPM. */
    double relevanceFactor(double relevance) {
        return (1 - relevanceWeight) + relevanceWeight * relevance;
    }
}
