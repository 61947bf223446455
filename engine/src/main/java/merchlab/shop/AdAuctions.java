package merchlab.shop;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.ads.AdCandidate;
import merchlab.ads.AdRequest;
import merchlab.ads.Auction;
import merchlab.ads.AuctionResult;
import merchlab.ads.AuctionRules;
import merchlab.ads.Campaign;
import merchlab.ads.PredictedClick;
import merchlab.ads.SlotAward;
import merchlab.ads.Surface;
import merchlab.eval.ads.AdCalibration;
import merchlab.eval.ads.AdLog;
import merchlab.eval.ads.AdSimulation;
import merchlab.eval.ads.AdTruth;
import merchlab.eval.ads.SemanticRelevance;
import merchlab.explain.ProductExplainer;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.model.ClickModel;
import merchlab.model.ClickModel.ShownList;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.scoring.ScoredProduct;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.ShopScorers;
import merchlab.search.Filters;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.search.SearchResult;
import merchlab.store.ModelStore;

/**
 * A shop's sponsored products as the workbench and the command line see them: its campaigns, the auction one visit
 * gets (with a what-if bid) and why, and the offline replay of the test period ({@link AdSimulation}).
 *
 * <p>The auction's predicted CTR is the ranker's, calibrated on the validation period's logged ads (fitted once per
 * model and kept while this object lives). Not thread-safe, like the models it opens.
 */
public final class AdAuctions implements AutoCloseable {
    /** Sponsored slots of a visit's list unless asked otherwise: the first and the fourth position. */
    public static final List<Integer> SLOTS = List.of(1, 4);
    /** Organic products a visit's list shows around its ads. */
    public static final int ORGANIC = 10;
    /** The model setting that keeps its ads calibration. */
    public static final String CALIBRATION = "adCalibration";

    private final ShopData data;
    private final ShopScorers scorers;
    private final Supplier<ProductSearch> searchOpener;
    private final Map<String, AdCalibration> calibrations = new HashMap<>();
    private AdLog log;
    private ProductSearch search;

    /**
     * @param scorers the models to rank with (closed by {@link #close})
     * @param search  opens product search on the first search visit (closed by {@link #close})
     */
    public AdAuctions(ShopData data, ShopScorers scorers, Supplier<ProductSearch> search) {
        this.data = data;
        this.scorers = scorers;
        this.searchOpener = search;
    }

    /**
     * One visit: a search (with {@code query}) or a recommendation list, for a shopper or an anonymous visitor
     * ({@code shopperId} null), at a time, with its sponsored slots.
     */
    public record Visit(String query, String shopperId, long timestamp, List<Integer> slots) {
        public Visit {
            query = query == null || query.isBlank() ? null : query.strip();
            shopperId = shopperId == null || shopperId.isBlank() ? null : shopperId.strip();
            slots = List.copyOf(slots);
            if (query == null && shopperId == null) {
                throw new MerchLabException("type a query or pick a shopper: a recommendation list needs a shopper");
            }
        }
    }

    /**
     * The auction of a visit.
     *
     * @param model       the saved model whose predicted CTR ranked the ads
     * @param calibration its calibrator, fitted on the validation period's ads
     * @param request     the request as the auction saw it (its organic list included)
     * @param result      the awards, each with its price and runner-up, and every ad that competed
     * @param why         each winning product's predicted CTR by feature group (the model's attributions)
     * @param raw         each competing product's predicted CTR before calibration (at the first slot), what the
     *                    calibrator turned into the auction's pCTR
     */
    public record Decision(String model, AdCalibration calibration, AdRequest request, AuctionResult result,
                           Map<String, Map<String, Double>> why, Map<String, Double> raw) {
        public Decision {
            raw = Map.copyOf(raw);
        }
    }

    /** The workspace's campaigns, in id order. */
    public List<Campaign> campaigns() {
        return log().campaigns();
    }

    /**
     * Runs the auction of one visit with the named ranker (null: the default of {@link ShopScorers#choose}) and the
     * rules; {@code bids} sets what-if bids, campaign id to cents for every product the campaign advertises.
     */
    public Decision auction(Visit visit, String model, AuctionRules rules, Map<String, Long> bids) {
        Recommender ranker = ranker(model);
        AdCalibration calibration = calibration(ranker);
        AdRequest request = request(visit, ranker);
        List<Campaign> campaigns = campaigns().stream().map(c -> withBid(c, bids.get(c.id()))).toList();
        ScoringRequest scoring = scoring(request);
        List<AdCandidate> candidates = Auction.eligible(request, campaigns);
        List<String> products = List.copyOf(new java.util.LinkedHashSet<>(candidates.stream()
                .map(AdCandidate::productId).toList()));
        int[] at = new int[products.size()];
        java.util.Arrays.fill(at, visit.slots().isEmpty() ? 1 : visit.slots().get(0));
        double[] p = ((ClickModel) ranker).clickProbabilities(List.of(new ShownList(scoring, products, at))).get(0);
        Map<String, PredictedClick> pctr = new HashMap<>();
        Map<String, Double> raw = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            pctr.put(products.get(i), PredictedClick.of(calibration.forSlot(at[i]).apply(p[i])));
            raw.put(products.get(i), p[i]);
        }
        SemanticRelevance relevance = relevance();
        Auction auction = new Auction((r, ad) -> pctr.get(ad.productId()), relevance, rules);
        AuctionResult ranked = auction.decide(request, candidates);
        return new Decision(ranker.name(), calibration, request, ranked, explainWinners(ranked, ranker, scoring), raw);
    }

    /**
     * Replays the test period with the named ranker; {@code truth} is a generated shop's {@code ad_truth.csv} (its
     * {@code truth.json} beside it), or null to let the calibrated ranker stand in for the shoppers.
     */
    public AdSimulation.Report simulate(String model, AdSimulation.Settings settings, Path truth, CancelToken cancel) {
        Recommender ranker = ranker(model);
        AdLog ads = log();
        data.queries().ensure(ads.requests().stream().map(AdRequest::query).filter(q -> q != null).toList());
        AdSimulation simulation = new AdSimulation(data, ads, relevance());
        Set<String> ids = new HashSet<>();
        ads.requests().forEach(r -> ids.add(r.requestId()));
        AdSimulation.Report report = simulation.run((ClickModel) ranker, truth == null ? null
                : AdTruth.read(truth, ids), settings, cancel);
        AdCalibration fitted = report.rankerCalibration();
        calibrations.put(ranker.name(), fitted);
        models().putSetting(ranker.name(), CALIBRATION, fitted.asMap());
        Long trainedTo = models().load(ranker.name()).dataTo();
        if (trainedTo != null && trainedTo >= report.testFrom()) {
            report = report.warn("model " + ranker.name() + " was trained on events up to "
                    + Instant.ofEpochMilli(trainedTo) + ", inside the replayed test period (from "
                    + Instant.ofEpochMilli(report.testFrom()) + "): its figures are optimistic; train without "
                    + "--all-data for a fair replay");
        }
        return report;
    }

    private Recommender ranker(String model) {
        Recommender r = scorers.model(model);
        if (!(r instanceof ClickModel)) {
            throw new MerchLabException("model " + r.name() + " (" + r.kind() + ") predicts no click probability: "
                    + "sponsored products need a ranker (merchlab train --model ranker)");
        }
        return r;
    }

    /**
     * The ranker's ads calibration: as stored with the model, or fitted on the validation period's logged ads and then
     * stored with it.
     */
    private AdCalibration calibration(Recommender ranker) {
        return calibrations.computeIfAbsent(ranker.name(), name -> {
            Object stored = models().load(name).settings().get(CALIBRATION);
            if (stored instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, ?> kept = (Map<String, ?>) m;
                return AdCalibration.fromMap(kept);
            }
            AdCalibration fitted = new AdSimulation(data, log(), relevance()).calibrate((ClickModel) ranker);
            models().putSetting(name, CALIBRATION, fitted.asMap());
            return fitted;
        });
    }

    private ModelStore models() {
        return new ModelStore(data.workspace());
    }

    private AdLog log() {
        if (log == null) {
            log = AdLog.load(data.workspace());
        }
        return log;
    }

    private SemanticRelevance relevance() {
        return new SemanticRelevance(data.catalog(), data.vectors(), q -> data.queries().vector(q));
    }

    private AdRequest request(Visit visit, Recommender ranker) {
        Context context = context(visit.timestamp());
        List<ScoredProduct> organic;
        if (visit.query() != null) {
            SearchResult retrieved = search().search(visit.query(), merchlab.scoring.RelevanceGate.POOL,
                    Filters.none(), HybridRetriever.Mode.HYBRID, Set.of());
            organic = scorers.scorer(ranker, retrieved).search(visit.query(), visit.shopperId(), context, ORGANIC);
        } else {
            ShopScorer scorer = scorers.scorer(ranker);
            organic = scorer.recommend(visit.shopperId(), context, ORGANIC);
        }
        ShopCatalog catalog = data.catalog();
        List<String> ids = organic.stream().map(ScoredProduct::productId).toList();
        List<String> categories = new ArrayList<>();
        for (String id : ids) {
            int c = catalog.category(catalog.indexOf(id));
            if (c >= 0 && !categories.contains(catalog.categories().name(c))) {
                categories.add(catalog.categories().name(c));
            }
        }
        return new AdRequest("visit", visit.timestamp(), visit.shopperId(),
                visit.query() != null ? Surface.SEARCH : Surface.RECOMMENDATION, visit.query(), ids, categories,
                visit.slots());
    }

    private ScoringRequest scoring(AdRequest r) {
        Context context = context(r.timestamp());
        if (r.shopperId() == null) {
            return new ScoringRequest(null, List.of(), r.query(), context);
        }
        return new ScoringRequest(r.shopperId(), data.behaviour().history(r.shopperId(), r.timestamp()), r.query(),
                context, data.behaviour().recommended(r.shopperId(), r.timestamp()));
    }

    private static Context context(long timestamp) {
        ZonedDateTime at = Instant.ofEpochMilli(timestamp).atZone(ZoneOffset.UTC);
        return new Context(null, at.getHour(), at.getDayOfWeek().getValue());
    }

    /** Each winner's attributions by feature group. */
    private Map<String, Map<String, Double>> explainWinners(AuctionResult result, Recommender ranker,
                                                            ScoringRequest scoring) {
        ProductExplainer explainer = new ProductExplainer(ranker, data);
        Map<String, Map<String, Double>> why = new LinkedHashMap<>();
        for (SlotAward a : result.awards()) {
            why.put(a.winner().productId(), explainer.explain(scoring, a.winner().productId()).groupsByKey());
        }
        return why;
    }

    private static Campaign withBid(Campaign c, Long cents) {
        if (cents == null) {
            return c;
        }
        Map<String, Long> bids = new LinkedHashMap<>();
        c.bidCents().keySet().forEach(p -> bids.put(p, cents));
        return new Campaign(c.id(), c.advertiser(), c.dailyBudgetCents(), c.targeting(), bids);
    }

    private ProductSearch search() {
        if (search == null) {
            search = searchOpener.get();
        }
        return search;
    }

    /** Closes the models and the product search it opened; the data stays the caller's. */
    @Override
    public void close() {
        try {
            scorers.close();
        } finally {
            if (search != null) {
                search.close();
                search = null;
            }
        }
    }
}
