package merchlab.eval.ads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.ads.AdRelevance;
import merchlab.ads.AdRequest;
import merchlab.ads.LoggedAd;
import merchlab.ads.AuctionRules;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.metric.CalibrationError;
import merchlab.metric.ClickMetrics;
import merchlab.model.ClickModel;
import merchlab.model.DataWindow;

/**
 * {@code ads simulate}: the test period's ad requests replayed under the ranker's calibrated predicted CTR and beside
 * it the oracle (the generator's true probabilities: the limit), product popularity and bid-only ranking, the ranker
 * without calibration (the gain of calibration itself) and a sweep over relevance weight and reserve (the revenue
 * against relevance trade-off).
 *
 * <p>The periods are the temporal protocol's: the test period is the last 20% of the logs; the calibrators are fitted
 * on the logged ads of the validation period, the last 20% of what comes before the test; popularity counts the logs
 * before the test.
 */
public final class AdSimulation {
    /** Relevance weights of the trade-off sweep. */
    public static final double[] WEIGHTS = {0, 0.25, 0.5, 0.75, 1};
    /** Reserve multiples of the trade-off sweep. */
    public static final int[] RESERVE_STEPS = {1, 2, 4};

    private final ShopData data;
    private final AdLog log;
    private final AdRelevance relevance;

    /**
     * The replay's settings.
     *
     * @param reserveCents    the reserve price in cents
     * @param relevanceWeight how much relevance scales the rank score, 0-1
     * @param sweep           whether to run the trade-off sweep
     */
    public record Settings(long reserveCents, double relevanceWeight, boolean sweep) {
        public Settings {
            new AuctionRules(reserveCents, relevanceWeight); // validates both
        }
    }

    /**
     * What the replay found.
     *
     * @param requests    test-period requests replayed
     * @param clicks      {@code truth} (the generator's click probabilities) or {@code model} (the calibrated ranker's
     *                    own expectation, for a shop without truth)
     * @param calibrators each source's calibrator as fitted on the validation period's ads
     * @param results     ranker (calibrated), ranker without calibration, oracle, popularity, bid-only
     * @param tradeoff    the ranker's results over relevance weights and reserves
     * @param calibration each source's reliability on the test period's logged ads, overall (slot 0) and per slot
     * @param testFrom    epoch ms where the test period starts
     * @param warnings    what makes the figures less trustworthy, in words (none: empty)
     */
    public record Report(int requests, String clicks, Map<String, AdCalibration> calibrators, List<ReplayResult> results,
                         List<ReplayResult> tradeoff, List<SlotCalibration> calibration, long testFrom,
                         List<String> warnings) {
        public Report {
            warnings = List.copyOf(warnings);
        }

        /** The ranker's calibration, as fitted on the validation period's ads. */
        public AdCalibration rankerCalibration() {
            return calibrators.get(RankerPctr.NAME);
        }

        /**
         * The ECE on the test period's logged ads of a result's predicted CTR as its auction used it (calibrated or
         * not); NaN where it is not measured (bid-only ranking predicts none).
         */
        public double ece(ReplayResult result) {
            for (SlotCalibration c : calibration) {
                if (c.slot() == 0 && c.pctr().equals(result.pctr())) {
                    return result.calibration().equals("none") ? c.eceBefore() : c.eceAfter();
                }
            }
            return Double.NaN;
        }

        /** The same report with one more warning. */
        public Report warn(String warning) {
            List<String> more = new ArrayList<>(warnings);
            more.add(warning);
            return new Report(requests, clicks, calibrators, results, tradeoff, calibration, testFrom, more);
        }
    }

    public AdSimulation(ShopData data, AdLog log, AdRelevance relevance) {
        this.data = data;
        this.log = log;
        this.relevance = relevance;
    }

    /**
     * Replays the test period. {@code truth} gives the true click probabilities of a generated shop, or null: the
     * calibrated ranker then stands in for the world (and there is no oracle).
     */
    public Report run(ClickModel ranker, AdOutcomes truth, Settings settings, CancelToken cancel) {
        if (log.requests().isEmpty()) {
            throw new MerchLabException("the workspace has no ad requests: import a behaviour log with sponsored "
                    + "impressions (and its campaigns) first");
        }
        TemporalSplit split = TemporalSplit.of(data);
        DataWindow validationPeriod = split.validationWindow();
        List<AdRequest> test = log.requests(split.cutoff(), Long.MAX_VALUE);
        if (test.isEmpty()) {
            throw new MerchLabException("no ad request falls in the test period (from "
                    + java.time.Instant.ofEpochMilli(split.cutoff()) + ")");
        }
        List<LoggedAd> validation = log.shown(validationPeriod.from(), validationPeriod.to());
        List<LoggedAd> testAds = log.shown(split.cutoff(), Long.MAX_VALUE);
        ProductCtr popularity = ProductCtr.fit(data.catalog(), data.behaviour().events(Long.MIN_VALUE, split.cutoff()),
                log.shown(Long.MIN_VALUE, split.cutoff()));
        PctrSource model = new RankerPctr(ranker, data.behaviour());
        Map<String, AdCalibration> calibrators = new LinkedHashMap<>();
        calibrators.put(model.name(), fit(model, validation));
        calibrators.put(popularity.name(), fit(popularity, validation));
        AdCalibration rankerCalibration = calibrators.get(model.name());
        AdOutcomes world = truth != null ? truth : modelWorld(model, rankerCalibration);

        List<AdReplay.Policy> policies = new ArrayList<>();
        AuctionRules rules = new AuctionRules(settings.reserveCents(), settings.relevanceWeight());
        policies.add(new AdReplay.Policy(model, rankerCalibration, rules));
        policies.add(new AdReplay.Policy(model, AdCalibration.none(), rules));
        PctrSource oracle = truth == null ? null : new OutcomePctr("oracle", truth);
        if (oracle != null) {
            policies.add(new AdReplay.Policy(oracle, AdCalibration.none(), rules));
        }
        policies.add(new AdReplay.Policy(popularity, calibrators.get(popularity.name()), rules));
        policies.add(new AdReplay.Policy(PctrSource.constant("bid-only", meanCtr(validation)), AdCalibration.none(),
                rules));
        int main = policies.size();
        if (settings.sweep()) {
            for (int step : RESERVE_STEPS) {
                for (double w : WEIGHTS) {
                    policies.add(new AdReplay.Policy(model, rankerCalibration,
                            new AuctionRules(settings.reserveCents() * step, w)));
                }
            }
        }
        AdReplay replay = new AdReplay(log.campaigns(), world, relevance, judged(), popularity::valuePerClick);
        List<ReplayResult> all = replay.run(test, policies, cancel);

        List<SlotCalibration> reliability = new ArrayList<>();
        reliability.addAll(reliability(model, rankerCalibration, testAds));
        if (oracle != null) {
            reliability.addAll(reliability(oracle, AdCalibration.none(), testAds));
        }
        reliability.addAll(reliability(popularity, calibrators.get(popularity.name()), testAds));
        return new Report(test.size(), truth != null ? "truth" : "model", calibrators, all.subList(0, main),
                all.subList(main, all.size()), reliability, split.cutoff(), List.of());
    }

    /** The ranker's calibrators for ads, fitted on the validation period's logged ads. */
    public AdCalibration calibrate(ClickModel ranker) {
        DataWindow validation = TemporalSplit.of(data).validationWindow();
        return fit(new RankerPctr(ranker, data.behaviour()), log.shown(validation.from(), validation.to()));
    }

    private java.util.function.Function<String, Map<String, Double>> judged() {
        merchlab.eval.judged.Judgments j = merchlab.eval.judged.Judgments.load(data.workspace(), 0);
        return query -> {
            Map<String, Double> gains = j.of(query);
            return gains.isEmpty() ? null : gains;
        };
    }

    /** The calibrated ranker as the world's click model, for a shop with no truth. */
    private static AdOutcomes modelWorld(PctrSource model, AdCalibration calibration) {
        return new AdOutcomes() {
            private final Map<String, Map<String, double[]>> prepared = new HashMap<>();

            @Override
            public String source() {
                return "model";
            }

            @Override
            public void prepare(List<AdRequest> requests, List<List<String>> products) {
                prepared.clear();
                int slots = requests.stream().mapToInt(r -> r.slots().size()).max().orElse(0);
                for (int k = 0; k < slots; k++) {
                    int[] at = new int[requests.size()];
                    for (int i = 0; i < at.length; i++) {
                        List<Integer> s = requests.get(i).slots();
                        at[i] = s.get(Math.min(k, s.size() - 1));
                    }
                    List<double[]> p = model.predict(requests, products, at);
                    for (int i = 0; i < requests.size(); i++) {
                        Map<String, double[]> byProduct = prepared.computeIfAbsent(requests.get(i).requestId(),
                                id -> new HashMap<>());
                        for (int j = 0; j < products.get(i).size(); j++) {
                            byProduct.computeIfAbsent(products.get(i).get(j), id -> new double[slots])[k] =
                                    calibration.forSlot(at[i]).apply(p.get(i)[j]);
                        }
                    }
                }
            }

            @Override
            public double clickProbability(AdRequest request, String productId, int slot) {
                double[] p = prepared.getOrDefault(request.requestId(), Map.of()).get(productId);
                int k = request.slots().indexOf(slot);
                return p == null || k < 0 ? Double.NaN : p[k];
            }
        };
    }

    private static double meanCtr(List<LoggedAd> ads) {
        return ads.isEmpty() ? 0.05 : ads.stream().filter(LoggedAd::clicked).count() / (double) ads.size();
    }

    /** Predictions of a source for logged ads at their logged slots, aligned with {@code ads}. */
    private double[] predictLogged(PctrSource source, List<LoggedAd> ads) {
        Map<String, AdRequest> byId = new HashMap<>();
        log.requests().forEach(r -> byId.put(r.requestId(), r));
        double[] out = new double[ads.size()];
        int chunk = 512;
        for (int start = 0; start < ads.size(); start += chunk) {
            List<LoggedAd> part = ads.subList(start, Math.min(ads.size(), start + chunk));
            List<AdRequest> requests = new ArrayList<>();
            List<List<String>> products = new ArrayList<>();
            int[] slots = new int[part.size()];
            for (int i = 0; i < part.size(); i++) {
                LoggedAd ad = part.get(i);
                AdRequest r = byId.get(ad.requestId());
                if (r == null) {
                    throw new MerchLabException("ad impression of unknown request " + ad.requestId());
                }
                requests.add(r);
                products.add(List.of(ad.productId()));
                slots[i] = ad.position();
            }
            List<double[]> p = source.predict(requests, products, slots);
            for (int i = 0; i < part.size(); i++) {
                out[start + i] = p.get(i)[0];
            }
        }
        return out;
    }

    private AdCalibration fit(PctrSource source, List<LoggedAd> ads) {
        double[] p = predictLogged(source, ads);
        return AdCalibration.fit(p, clicked(ads), ads.stream().mapToInt(LoggedAd::position).toArray());
    }

    private static boolean[] clicked(List<LoggedAd> ads) {
        boolean[] y = new boolean[ads.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ads.get(i).clicked();
        }
        return y;
    }

    private List<SlotCalibration> reliability(PctrSource source, AdCalibration calibration, List<LoggedAd> ads) {
        double[] raw = predictLogged(source, ads);
        boolean[] y = clicked(ads);
        double[] calibrated = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            calibrated[i] = calibration.forSlot(ads.get(i).position()).apply(raw[i]);
        }
        List<SlotCalibration> out = new ArrayList<>();
        out.add(slot(source.name(), 0, raw, calibrated, y));
        for (int slot : new TreeSet<>(ads.stream().map(LoggedAd::position).toList())) {
            int n = (int) ads.stream().filter(a -> a.position() == slot).count();
            double[] p = new double[n];
            double[] q = new double[n];
            boolean[] c = new boolean[n];
            for (int i = 0, k = 0; i < ads.size(); i++) {
                if (ads.get(i).position() == slot) {
                    p[k] = raw[i];
                    q[k] = calibrated[i];
                    c[k++] = y[i];
                }
            }
            out.add(slot(source.name(), slot, p, q, c));
        }
        return out;
    }

    private static SlotCalibration slot(String name, int slot, double[] raw, double[] after, boolean[] y) {
        int b = ClickMetrics.CALIBRATION_BUCKETS;
        return new SlotCalibration(name, slot, raw.length, CalibrationError.expected(raw, y, b),
                CalibrationError.expected(after, y, b), CalibrationError.buckets(raw, y, b),
                CalibrationError.buckets(after, y, b));
    }
}
