package merchlab.sample.ads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import merchlab.ads.AdCandidate;
import merchlab.ads.AdRequest;
import merchlab.ads.Auction;
import merchlab.ads.AuctionResult;
import merchlab.ads.AuctionRules;
import merchlab.ads.BudgetPacer;
import merchlab.ads.Campaign;
import merchlab.ads.PredictedClick;
import merchlab.ads.SlotAward;
import merchlab.ads.Surface;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.click.ClickDrivers;
import merchlab.sample.click.ClickModel;
import merchlab.sample.click.VisitContext;
import merchlab.sample.query.QueryIntent;
import merchlab.sample.query.Relevance;
import merchlab.sample.random.Rng;
import merchlab.sample.session.ShopEvent;
import merchlab.sample.shopper.Shopper;

/**
 * How a generated shop chose its ads (the logging policy): the engine's {@link Auction} with a reserve of
 * {@value #RESERVE_CENTS} cents, ranking by a noisy estimate of each ad's true click probability (the truth times
 * exp(N(0, {@value #NOISE}))), among the campaigns an even {@link BudgetPacer} lets bid.
 *
 * <p>The generator draws visits shopper by shopper, not in time order, so the pacer's clock is the day's progress
 * through its shoppers; a campaign's budget still holds within one click's price. Every eligible ad's true
 * position-free click probability goes to an {@link AdTruthSink}, shown or not, for the offline replay's oracle.
 */
public final class AdPolicy {
    /** The reserve price of the logging policy's auction. */
    public static final long RESERVE_CENTS = 5;
    /** Log-scale spread of the policy's click estimate around the truth. */
    public static final double NOISE = 0.4;
    private final AdSlots slots;
    private final List<Campaign> campaigns;
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final ClickModel clickModel;
    private final Relevance relevance;
    private final AdTruthSink truth;
    private final long seed;
    private final BudgetPacer pacer = BudgetPacer.evenly();
    /** The current request's noisy click estimates by campaign and product. */
    private final Map<String, Double> estimates = new HashMap<>();

    public AdPolicy(AdSlots slots, List<Campaign> campaigns, Catalog catalog, ClickModel clickModel,
                    Relevance relevance, AdTruthSink truth, long seed) {
        this.slots = slots;
        this.campaigns = List.copyOf(campaigns);
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
        this.clickModel = clickModel;
        this.relevance = relevance;
        this.truth = truth;
        this.seed = seed;
    }

    /** A final list: products by position, and for each sponsored position the auction's award (else null). */
    public record Placement(int[] products, SlotAward[] awards) {
    }

    /**
     * Fills the sponsored slots of one request around its organic list.
     *
     * @param clock the pacing clock (epoch milliseconds within the request's day)
     */
    public Placement place(long request, Shopper shopper, VisitContext context, boolean search, String query,
                           QueryIntent intent, int[] organic, long shownAt, long clock) {
        List<Integer> positions = AdRequest.fillableSlots(search ? slots.search() : slots.recommendation(),
                organic.length);
        if (positions.isEmpty()) {
            return new Placement(organic, new SlotAward[organic.length]);
        }
        List<String> organicIds = new ArrayList<>();
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (int p : organic) {
            organicIds.add(Catalog.id(p));
            categories.add(vocabulary.path(catalog.leaf(p), catalog.lang(p)));
        }
        AdRequest adRequest = new AdRequest(ShopEvent.requestId(request), shownAt, shopper.id(),
                search ? Surface.SEARCH : Surface.RECOMMENDATION, query, organicIds, List.copyOf(categories),
                positions);
        Auction auction = new Auction(this::estimate, new AuctionRules(RESERVE_CENTS, 0));
        List<AdCandidate> eligible = auction.candidates(adRequest, campaigns);
        Rng r = Rng.stream(seed, "ad-policy", request);
        double firstSlot = clickModel.examination(positions.get(0));
        estimates.clear();
        List<AdCandidate> bidding = new ArrayList<>();
        for (AdCandidate ad : eligible) {
            int p = catalog.indexOf(ad.productId());
            double score = intent == null ? 0 : relevance.score(intent, catalog, p);
            ClickDrivers d = clickModel.drivers(shopper, p, score, search, context, 1);
            double attractiveness = clickModel.sponsoredAttractiveness(d);
            truth.ad(request, ad.campaignId(), ad.productId(), score, attractiveness);
            double noisy = Math.min(1, attractiveness * firstSlot * StrictMath.exp(NOISE * r.gaussian()));
            estimates.put(ad.campaignId() + '\n' + ad.productId(), noisy);
            if (pacer.mayBid(ad.campaign(), clock)) {
                bidding.add(ad);
            }
        }
        AuctionResult result = auction.decide(adRequest, bidding);
        return merge(organic, result);
    }

    /** Books a click on a sponsored product on its campaign's budget. */
    public void charge(SlotAward award, long clock) {
        pacer.charge(award.winner().campaignId(), clock, award.priceCents());
    }

    private PredictedClick estimate(AdRequest request, AdCandidate ad) {
        return PredictedClick.of(estimates.get(ad.campaignId() + '\n' + ad.productId()));
    }

    private Placement merge(int[] organic, AuctionResult result) {
        int total = organic.length + result.awards().size();
        int[] products = new int[total];
        SlotAward[] awards = new SlotAward[total];
        int nextOrganic = 0;
        int nextAward = 0;
        for (int i = 0; i < total; i++) {
            SlotAward award = nextAward < result.awards().size() ? result.awards().get(nextAward) : null;
            if (award != null && award.position() == i + 1) {
                products[i] = catalog.indexOf(award.winner().productId());
                awards[i] = award;
                nextAward++;
            } else {
                products[i] = organic[nextOrganic++];
            }
        }
        return new Placement(products, awards);
    }
}
