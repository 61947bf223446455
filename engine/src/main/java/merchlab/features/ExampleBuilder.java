package merchlab.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;

/**
 * Builds labelled training examples by replaying the logs in time order, and fits the feature pipeline on them.
 *
 * <p>Each result list is turned into examples before any of its own events are counted, so a product's click never
 * leaks into its own features. From logged result lists, every shown product is an example labelled by whether the
 * shopper clicked, carted or bought it from that list. From logs without result lists, every first engagement of a
 * shopper with a product is a positive, with unshown products sampled as negatives.
 */
public final class ExampleBuilder {
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final QueryVectors queries;
    private final ExampleSettings settings;

    public ExampleBuilder(ShopCatalog catalog, CatalogVectors vectors, QueryVectors queries, ExampleSettings settings) {
        this.catalog = catalog;
        this.vectors = vectors;
        this.queries = queries;
        this.settings = settings;
    }

    /** The examples and the pipeline fitted on them. */
    public record Result(TrainingExamples examples, FeaturePipeline pipeline) {
    }

    /** Replays {@code log} (the training window) and fits the pipeline; {@code end} is the window's end. */
    public Result build(EventLog log, long end, CancelToken cancel) {
        if (log.size() == 0) {
            throw new MerchLabException("there are no behaviour events in the training period: import event logs first");
        }
        RequestIndex requests = new RequestIndex(log);
        String source = settings.source().equals("auto")
                ? (requests.impressions > 0 ? FeaturePipeline.FROM_IMPRESSIONS : FeaturePipeline.FROM_SAMPLED_NEGATIVES)
                : settings.source();
        if (source.equals(FeaturePipeline.FROM_IMPRESSIONS) && requests.impressions == 0) {
            throw new MerchLabException("the training logs have no impressions with a request id; "
                    + "use sampled negatives for logs without result lists");
        }
        PositionCurve curve = requests.positionCurve(log);
        float[][] queryTable = queryTable(log);
        LexicalMatcher lexical = LexicalMatcher.fit(catalog);
        ProductPriors priors = new ProductPriors(catalog);
        FeatureCalculator calculator = new FeatureCalculator(catalog, vectors, lexical, priors);
        FeatureSchema schema = FeatureSchema.standard(vectors.dimension());
        TrainingExamples examples = new TrainingExamples(schema, vectors, queryTable);
        Replay replay = new Replay(log, requests, curve, priors, calculator, examples);
        if (source.equals(FeaturePipeline.FROM_IMPRESSIONS)) {
            replay.impressions(new UnshownProducts(catalog, lexical, settings.unshownPerSearch(), settings.seed()),
                    cancel);
        } else {
            replay.sampled(settings.negativesPerPositive(), new Random(settings.seed()), cancel);
        }
        float[][] moments = examples.moments();
        FeaturePipeline pipeline = new FeaturePipeline(schema, vectors.encoder(), source, curve, lexical.idf(),
                lexical.unknownIdf(), priors, ProductPriors.PriorKeys.of(catalog), end, moments[0], moments[1]);
        return new Result(examples, pipeline);
    }

    private float[][] queryTable(EventLog log) {
        List<String> names = log.queries().names();
        float[][] table = new float[names.size()][];
        if (names.isEmpty()) {
            return table;
        }
        queries.ensure(names);
        for (int q = 0; q < names.size(); q++) {
            float[] v = queries.vector(names.get(q));
            if (v == null || v.length != vectors.dimension()) {
                throw new MerchLabException("query '" + names.get(q) + "' has a " + (v == null ? 0 : v.length)
                        + "-value embedding, the products have " + vectors.dimension());
            }
            table[q] = v;
        }
        return table;
    }

    /** The time-ordered replay that writes examples and updates counters. */
    private final class Replay {
        private final EventLog log;
        private final RequestIndex requests;
        private final PositionCurve curve;
        private final ProductPriors priors;
        private final FeatureCalculator calculator;
        private final TrainingExamples examples;
        private final Profiles profiles;
        private final Set<Long> clickCounted = new HashSet<>();
        private final float[] row = new float[FeatureNames.SCALAR_COUNT];

        Replay(EventLog log, RequestIndex requests, PositionCurve curve, ProductPriors priors,
               FeatureCalculator calculator, TrainingExamples examples) {
            this.log = log;
            this.requests = requests;
            this.curve = curve;
            this.priors = priors;
            this.calculator = calculator;
            this.examples = examples;
            this.profiles = new Profiles(catalog, vectors);
        }

        void impressions(UnshownProducts unshown, CancelToken cancel) {
            int[] visit = log.visitQueries();
            boolean[] done = new boolean[requests.shown.length];
            for (int i = 0; i < log.size(); i++) {
                if ((i & 0xffff) == 0) {
                    cancel.check();
                }
                int r = log.request(i);
                if (r >= 0 && !done[r] && requests.shown[r].length > 0) {
                    done[r] = true;
                    writeRequest(r, visit[requests.shown[r][0]], unshown);
                }
                apply(i);
            }
        }

        private void writeRequest(int r, int visitQuery, UnshownProducts unshown) {
            int first = requests.shown[r][0];
            int shopper = log.user(first);
            long ts = log.timestamp(first);
            ShopperProfile profile = profiles.of(shopper);
            boolean fromVisit = requests.query[r] < 0;
            int q = fromVisit ? visitQuery : requests.query[r];
            String text = q < 0 ? null : log.queries().name(q);
            RequestFeatures rf = calculator.request(profile, q < 0 ? null : examples.queryVector(q), text, fromVisit,
                    log.device(first), RequestFeatures.hourOf(ts), RequestFeatures.weekdayOf(ts), ts);
            int snapshot = profiles.snapshot(shopper, profile, rf.shopperVector(), examples);
            int[] shown = new int[requests.shown[r].length];
            int[] positions = new int[shown.length];
            for (int k = 0; k < shown.length; k++) {
                int i = requests.shown[r][k];
                int p = log.product(i);
                shown[k] = p;
                positions[k] = Math.max(1, log.position(i));
                calculator.scalars(rf, p, positions[k], row, 0);
                examples.add(row, p, q, snapshot, r, shopper, ts, requests.clicked(r, p), log.trueCtr(i));
            }
            if (!fromVisit && q >= 0) {
                for (int p : unshown.draw(rf.lexicalQuery(), shown)) {
                    calculator.scalars(rf, p, unshown.position(positions), row, 0);
                    examples.add(row, p, q, snapshot, r, shopper, ts, false, Float.NaN);
                }
            }
        }

        void sampled(int negatives, Random random, CancelToken cancel) {
            int request = 0;
            Set<Long> seenPairs = new HashSet<>();
            List<Integer> drawn = new ArrayList<>();
            for (int i = 0; i < log.size(); i++) {
                if ((i & 0xffff) == 0) {
                    cancel.check();
                }
                int shopper = log.user(i);
                int p = log.product(i);
                if (log.isEngagement(i) && p >= 0 && shopper >= 0 && seenPairs.add(RequestIndex.key(shopper, p))) {
                    long ts = log.timestamp(i);
                    ShopperProfile profile = profiles.of(shopper);
                    int q = log.query(i);
                    RequestFeatures rf = calculator.request(profile, q < 0 ? null : examples.queryVector(q),
                            q < 0 ? null : log.queries().name(q), false, log.device(i), RequestFeatures.hourOf(ts),
                            RequestFeatures.weekdayOf(ts), ts);
                    int snapshot = profiles.snapshot(shopper, profile, rf.shopperVector(), examples);
                    drawn.clear();
                    drawn.add(p);
                    while (drawn.size() <= negatives && drawn.size() < catalog.size()) {
                        int n = random.nextInt(catalog.size());
                        if (!drawn.contains(n)) {
                            drawn.add(n);
                        }
                    }
                    for (int k = 0; k < drawn.size(); k++) {
                        calculator.scalars(rf, drawn.get(k), FeatureNames.NEUTRAL_POSITION, row, 0);
                        examples.add(row, drawn.get(k), q, snapshot, request, shopper, ts, k == 0, Float.NaN);
                    }
                    request++;
                }
                apply(i);
            }
        }

        private void apply(int i) {
            int p = log.product(i);
            if (p < 0) {
                return;
            }
            long ts = log.timestamp(i);
            int daypart = RequestFeatures.daypartOf(RequestFeatures.hourOf(ts));
            int weekend = RequestFeatures.weekdayOf(ts) >= 6 ? 1 : 0;
            if (log.type(i) == EventType.IMPRESSION) {
                priors.impression(catalog, p, log.position(i), curve.rate(log.position(i)), log.device(i), daypart, weekend,
                        ts);
                int r = log.request(i);
                if (r >= 0 && requests.query[r] < 0) {
                    priors.recommended(catalog, p);
                    profiles.of(log.user(i)).show(p);
                }
            } else if (log.isEngagement(i)) {
                profiles.of(log.user(i)).add(p);
                priors.engagement(p, catalog, ts);
                priors.dwell(catalog, p, log.dwellMillis(i));
                int r = log.request(i);
                if (r >= 0 && clickCounted.add(RequestIndex.key(r, p)) && isShown(r, p)) {
                    priors.click(catalog, p, log.device(i), daypart, weekend);
                }
            }
        }

        private boolean isShown(int r, int p) {
            for (int i : requests.shown[r]) {
                if (log.product(i) == p) {
                    return true;
                }
            }
            return false;
        }
    }
}
