package merchlab.ads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sponsored-products auction: fills a request's sponsored slots from the campaigns that target it.
 *
 * <ul>
 *   <li>Eligible: the campaign's {@link Targeting} accepts the request, the bid reaches the reserve and the product is
 *       not in the organic list.</li>
 *   <li>Rank: by eCPM = pCTR x bid, scaled by {@code (1 - w) + w x relevance} when the rules set a relevance weight
 *       {@code w}; ties go to the smaller campaign id, then the smaller product id. A campaign shows at most one ad
 *       per request and a product appears once; an ad with an eCPM of 0 does not compete.</li>
 *   <li>Price (generalised second price): the winner of slot i pays the smallest bid that would keep its slot, the
 *       next ad's eCPM divided by its own pCTR (and relevance factor) plus one cent, whole cents, never above its own
 *       bid and never below the reserve; with no next ad it pays the reserve.</li>
 * </ul>
 * Budgets are not the auction's concern: pass only the campaigns a {@link BudgetPacer} lets bid. An auction holds no
 * state between requests and may be shared by threads when its click estimate may.
 */
public final class Auction {
    private static final Comparator<RankedAd> ORDER = Comparator.comparingDouble(RankedAd::ecpm).reversed()
            .thenComparing(RankedAd::campaignId).thenComparing(RankedAd::productId);
    private final ClickEstimate clicks;
    private final AdRelevance relevance;
    private final AuctionRules rules;

    /** An auction that ranks by eCPM alone. */
    public Auction(ClickEstimate clicks, AuctionRules rules) {
        this(clicks, AdRelevance.NONE, rules);
    }

    /** An auction that blends in each ad's relevance with the rules' weight. */
    public Auction(ClickEstimate clicks, AdRelevance relevance, AuctionRules rules) {
        this.clicks = Objects.requireNonNull(clicks, "clicks");
        this.relevance = Objects.requireNonNull(relevance, "relevance");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public AuctionRules rules() {
        return rules;
    }

    /**
     * The ads of the campaigns that may compete in a request, in campaign id and product id order: each targeting the
     * request, bidding at least the reserve, on a product not in the organic list.
     */
    public List<AdCandidate> candidates(AdRequest request, Collection<Campaign> campaigns) {
        return eligible(request, campaigns).stream().filter(ad -> ad.bidCents() >= rules.reserveCents()).toList();
    }

    /**
     * The ads that target a request, on a product not in its organic list, whatever their bid, in campaign id and
     * product id order: what every reserve price chooses from.
     */
    public static List<AdCandidate> eligible(AdRequest request, Collection<Campaign> campaigns) {
        Set<String> organic = new HashSet<>(request.organicProducts());
        List<AdCandidate> out = new ArrayList<>();
        List<Campaign> sorted = new ArrayList<>(campaigns);
        sorted.sort(Comparator.comparing(Campaign::id));
        for (Campaign c : sorted) {
            if (!c.targeting().eligible(request)) {
                continue;
            }
            c.bidCents().forEach((product, bid) -> {
                if (!organic.contains(product)) {
                    out.add(new AdCandidate(c, product, bid));
                }
            });
        }
        return out;
    }

    /** Runs the auction of a request among the campaigns given (those the pacer lets bid). */
    public AuctionResult run(AdRequest request, Collection<Campaign> campaigns) {
        return decide(request, candidates(request, campaigns));
    }

    /** Ranks already eligible ads and fills the request's slots; ads below the reserve are left out. */
    public AuctionResult decide(AdRequest request, List<AdCandidate> candidates) {
        List<RankedAd> scored = new ArrayList<>(candidates.size());
        for (AdCandidate ad : candidates) {
            if (ad.bidCents() < rules.reserveCents()) {
                continue;
            }
            PredictedClick click = clicks.predict(request, ad);
            double rel = rules.relevanceWeight() == 0 ? 1.0 : clamp(relevance.score(request, ad));
            double ecpm = click.probability() * ad.bidCents() * rules.relevanceFactor(rel);
            if (ecpm > 0) {
                scored.add(new RankedAd(ad, click, rel, ecpm));
            }
        }
        scored.sort(ORDER);
        List<RankedAd> ranking = new ArrayList<>();
        Set<String> campaignsSeen = new HashSet<>();
        Set<String> productsSeen = new HashSet<>();
        for (RankedAd ad : scored) {
            if (!campaignsSeen.contains(ad.campaignId()) && !productsSeen.contains(ad.productId())) {
                campaignsSeen.add(ad.campaignId());
                productsSeen.add(ad.productId());
                ranking.add(ad);
            }
        }
        List<SlotAward> awards = new ArrayList<>();
        for (int i = 0; i < request.slots().size() && i < ranking.size(); i++) {
            RankedAd winner = ranking.get(i);
            RankedAd next = i + 1 < ranking.size() ? ranking.get(i + 1) : null;
            awards.add(new SlotAward(request.slots().get(i), winner, price(winner, next), next));
        }
        return new AuctionResult(request, awards, ranking);
    }

    private long price(RankedAd winner, RankedAd next) {
        long price = rules.reserveCents();
        if (next != null) {
            double perCent = winner.click().probability() * rules.relevanceFactor(winner.relevance());
            double keepsSlot = next.ecpm() / perCent;
            // a tie counts as not keeping the slot; the tolerance absorbs rounding of the division
            price = Math.max(price, (long) Math.floor(keepsSlot * (1 + 1e-12)) + 1);
        }
        return Math.min(winner.bidCents(), price);
    }

    private static double clamp(double relevance) {
        if (Double.isNaN(relevance)) {
            return 0;
        }
        return Math.max(0, Math.min(1, relevance));
    }
}
