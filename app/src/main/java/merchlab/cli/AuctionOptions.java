package merchlab.cli;

import merchlab.MerchLabException;
import merchlab.ads.AuctionRules;
import picocli.CommandLine.Option;

/** The auction settings {@code ads auction} and {@code ads simulate} share. */
final class AuctionOptions {
    @Option(names = "--reserve", paramLabel = "X", description = "the reserve price per click, in the shop's currency "
            + "(default ${DEFAULT-VALUE})")
    double reserve = 0.05;

    @Option(names = "--relevance-weight", paramLabel = "W", description = "0-1: how much the ad's relevance to the "
            + "request scales its rank score (default ${DEFAULT-VALUE}: eCPM alone)")
    double relevanceWeight;

    /** The rules, or a one-line reason why they cannot be. */
    AuctionRules rules() {
        long cents = Math.round(reserve * 100);
        if (!(reserve > 0) || cents < 1) {
            throw new MerchLabException("--reserve must be at least 0.01 (one cent), not " + reserve);
        }
        if (!(relevanceWeight >= 0 && relevanceWeight <= 1)) {
            throw new MerchLabException("--relevance-weight must lie within 0-1, not " + relevanceWeight);
        }
        return new AuctionRules(cents, relevanceWeight);
    }
}
