package merchlab.eval.ads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import merchlab.CancelToken;
import merchlab.ads.AdCandidate;
import merchlab.ads.AdRelevance;
import merchlab.ads.AdRequest;
import merchlab.ads.Auction;
import merchlab.ads.AuctionResult;
import merchlab.ads.AuctionRules;
import merchlab.ads.BudgetPacer;
import merchlab.ads.Campaign;
import merchlab.ads.PredictedClick;
import merchlab.ads.SlotAward;
import merchlab.eval.judged.JudgedMetrics;
import merchlab.model.calibration.Calibrator;

/**
 * Replays ad requests, oldest first, under several ways of running the auction at once. Each way ({@link Policy})
 * keeps its own budget pacer, so a campaign's budget runs out in one replay as it would have in that world; the
 * requests' eligible ads, their predictions and their relevance are worked out once and shared.
 *
 * <p>An ad is eligible when its campaign targets the request and its product is not in the organic list (the
 * {@link Auction}'s rule), whatever its bid; each policy's reserve then leaves out the bids below it. Where the
 * outcomes know no click probability for an eligible ad (a truth file written before the campaign existed), the ad
 * is left out of every policy alike.
 */
public final class AdReplay {
    private static final int CHUNK = 256;

    private final List<Campaign> campaigns;
    private final AdOutcomes outcomes;
    private final AdRelevance relevance;
    private final Function<String, Map<String, Double>> judged;
    private final ToDoubleFunction<String> valuePerClick;

    /**
     * One way of running the auction.
     *
     * @param source     the predicted CTR
     * @param calibration applied to the source's predictions, by slot
     * @param rules       reserve and relevance weight
     */
    public record Policy(PctrSource source, AdCalibration calibration, AuctionRules rules) {
    }

    /**
     * @param judged        a query's judged gains by product, or null when the query is not judged
     * @param valuePerClick a product's expected sales per click, in the shop's currency
     */
    public AdReplay(List<Campaign> campaigns, AdOutcomes outcomes, AdRelevance relevance,
                    Function<String, Map<String, Double>> judged, ToDoubleFunction<String> valuePerClick) {
        this.campaigns = List.copyOf(campaigns);
        this.outcomes = outcomes;
        this.relevance = relevance;
        this.judged = judged;
        this.valuePerClick = valuePerClick;
    }

    /** Replays the requests under every policy; the results come in the policies' order. */
    public List<ReplayResult> run(List<AdRequest> requests, List<Policy> policies, CancelToken cancel) {
        List<Tally> tallies = policies.stream().map(Tally::new).toList();
        for (int start = 0; start < requests.size(); start += CHUNK) {
            cancel.check();
            List<AdRequest> chunk = requests.subList(start, Math.min(requests.size(), start + CHUNK));
            List<List<AdCandidate>> eligible = new ArrayList<>(chunk.size());
            List<List<String>> asked = new ArrayList<>(chunk.size());
            for (AdRequest r : chunk) {
                List<AdCandidate> ads = Auction.eligible(r, campaigns);
                eligible.add(ads);
                asked.add(List.copyOf(new LinkedHashSet<>(ads.stream().map(AdCandidate::productId).toList())));
            }
            outcomes.prepare(chunk, asked);
            List<List<AdCandidate>> candidates = new ArrayList<>(chunk.size());
            List<List<String>> products = new ArrayList<>(chunk.size());
            int[] firstSlots = new int[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                AdRequest r = chunk.get(i);
                firstSlots[i] = firstSlot(r);
                List<AdCandidate> known = new ArrayList<>();
                Set<String> distinct = new LinkedHashSet<>();
                for (AdCandidate ad : eligible.get(i)) {
                    if (!Double.isNaN(outcomes.clickProbability(r, ad.productId(), firstSlots[i]))) {
                        known.add(ad);
                        distinct.add(ad.productId());
                    }
                }
                candidates.add(known);
                products.add(List.copyOf(distinct));
            }
            Map<PctrSource, List<double[]>> predicted = new HashMap<>();
            for (Policy p : policies) {
                predicted.computeIfAbsent(p.source(), s -> s.predict(chunk, products, firstSlots));
            }
            for (int i = 0; i < chunk.size(); i++) {
                AdRequest r = chunk.get(i);
                Map<String, Double> rel = relevanceOf(r, candidates.get(i), policies);
                for (Tally t : tallies) {
                    t.replay(r, candidates.get(i), products.get(i), predicted.get(t.policy.source()).get(i), rel);
                }
            }
        }
        return tallies.stream().map(t -> t.result(requests.size())).toList();
    }

    private static int firstSlot(AdRequest r) {
        return r.slots().isEmpty() ? 1 : r.slots().get(0);
    }

    private Map<String, Double> relevanceOf(AdRequest r, List<AdCandidate> ads, List<Policy> policies) {
        if (policies.stream().allMatch(p -> p.rules().relevanceWeight() == 0)) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>();
        for (AdCandidate ad : ads) {
            out.computeIfAbsent(ad.productId(), p -> relevance.score(r, ad));
        }
        return out;
    }

    /** One policy's pacer and running totals. */
    private final class Tally {
        final Policy policy;
        final BudgetPacer pacer = BudgetPacer.evenly();
        final Map<String, Double> owed = new HashMap<>();
        final Map<String, double[]> byCampaign = new HashMap<>();
        long shown;
        double clicks;
        double revenueCents;
        double valueCents;
        long judgedAds;
        long searchAds;
        double gainSum;
        long judgedSearches;
        long irrelevantSearches;

        Tally(Policy policy) {
            this.policy = policy;
        }

        void replay(AdRequest r, List<AdCandidate> eligible, List<String> products, double[] predicted,
                    Map<String, Double> rel) {
            Map<String, PredictedClick> pctr = new HashMap<>();
            Calibrator calibrator = policy.calibration().forSlot(firstSlot(r));
            for (int k = 0; k < products.size(); k++) {
                double p = predicted[k];
                pctr.put(products.get(k), PredictedClick.of(Double.isNaN(p) ? 0 : calibrator.apply(p)));
            }
            Set<String> active = new HashSet<>();
            List<AdCandidate> bidding = new ArrayList<>();
            for (AdCandidate ad : eligible) {
                if (active.contains(ad.campaignId()) || pacer.mayBid(ad.campaign(), r.timestamp())) {
                    active.add(ad.campaignId());
                    bidding.add(ad);
                }
            }
            Auction auction = new Auction((request, ad) -> pctr.get(ad.productId()),
                    (request, ad) -> rel.getOrDefault(ad.productId(), 1.0), policy.rules());
            AuctionResult result = auction.decide(r, bidding);
            Map<String, Double> gains = r.isSearch() ? judged.apply(r.query()) : null;
            boolean judgedHere = false;
            boolean irrelevantHere = false;
            for (SlotAward award : result.awards()) {
                String product = award.winner().productId();
                double p = outcomes.clickProbability(r, product, award.position());
                double cost = p * award.priceCents();
                shown++;
                clicks += p;
                revenueCents += cost;
                charge(award.winner().campaignId(), r.timestamp(), cost);
                double[] c = byCampaign.computeIfAbsent(award.winner().campaignId(), id -> new double[4]);
                c[0]++;
                c[1] += p;
                c[2] += cost;
                double sales = p * valuePerClick.applyAsDouble(product) * 100;
                c[3] += sales;
                valueCents += sales;
                if (r.isSearch()) {
                    searchAds++;
                    Double gain = gains == null ? null : gains.get(product);
                    if (gain != null) {
                        judgedAds++;
                        gainSum += gain;
                        judgedHere = true;
                        irrelevantHere |= gain < JudgedMetrics.RELEVANT_GAIN - 1e-9;
                    }
                }
            }
            judgedSearches += judgedHere ? 1 : 0;
            irrelevantSearches += irrelevantHere ? 1 : 0;
        }

        /** Books the expected cost; the pacer counts whole cents, the fractions wait for the next click. */
        private void charge(String campaign, long timestamp, double cents) {
            double total = owed.getOrDefault(campaign, 0.0) + cents;
            long whole = (long) Math.floor(total);
            if (whole > 0) {
                pacer.charge(campaign, timestamp, whole);
            }
            owed.put(campaign, total - whole);
        }

        ReplayResult result(int requests) {
            return new ReplayResult(policy.source().name(), policy.calibration().method(),
                    policy.rules().reserveCents() / 100.0, policy.rules().relevanceWeight(), requests, shown, clicks,
                    revenueCents / 100, shown == 0 ? Double.NaN : clicks / shown,
                    clicks == 0 ? Double.NaN : revenueCents / 100 / clicks,
                    revenueCents == 0 ? Double.NaN : valueCents / revenueCents,
                    searchAds == 0 ? Double.NaN : (double) judgedAds / searchAds,
                    judgedAds == 0 ? Double.NaN : gainSum / judgedAds,
                    judgedSearches == 0 ? Double.NaN : (double) irrelevantSearches / judgedSearches, campaigns());
        }

        private List<CampaignResult> campaigns() {
            Map<String, String> advertisers = new HashMap<>();
            AdReplay.this.campaigns.forEach(c -> advertisers.put(c.id(), c.advertiser()));
            return byCampaign.entrySet().stream()
                    .map(e -> new CampaignResult(e.getKey(), advertisers.get(e.getKey()), (long) e.getValue()[0],
                            e.getValue()[1], e.getValue()[2] / 100, e.getValue()[3] / 100))
                    .sorted(java.util.Comparator.comparingDouble(CampaignResult::spend).reversed()
                            .thenComparing(CampaignResult::campaignId))
                    .toList();
        }
    }
}
