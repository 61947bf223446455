package merchlab.sample.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import merchlab.ads.SlotAward;
import merchlab.behaviour.EventType;
import merchlab.sample.ads.AdPolicy;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.click.ClickDrivers;
import merchlab.sample.click.ClickModel;
import merchlab.sample.click.PurchaseModel;
import merchlab.sample.click.VisitContext;
import merchlab.sample.query.Mission;
import merchlab.sample.query.QueryBook;
import merchlab.sample.query.QueryComposer;
import merchlab.sample.query.QueryIntent;
import merchlab.sample.query.Relevance;
import merchlab.sample.random.Rng;
import merchlab.sample.shopper.Device;
import merchlab.sample.shopper.Shopper;

/**
 * Simulates shoppers' visits day by day. A visit has a mission (a category, maybe a brand, colour and gender in
 * mind) and one to eight requests; a request is a search (65-70%) or a recommendation list. Each shown product is
 * clicked with its true probability from the {@link ClickModel}; clicks lead to dwell time, carts, later revisits
 * ({@code view}) and purchases at checkout. With an {@link AdPolicy}, sponsored products fill the policy's slots of
 * each list and are clicked from the same model with the ad label's effect; without one the draws are exactly those
 * of a shop without ads.
 */
public final class SessionSimulator {
    private static final long DAY = 86_400_000L;
    private static final int SEARCH_RESULTS = 10;
    private static final int RECOMMENDATIONS = 8;
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final Shopper[] shoppers;
    private final ClickModel clickModel;
    private final PurchaseModel purchases = new PurchaseModel();
    private final Relevance relevance;
    private final QueryComposer composer;
    private final QueryBook queries;
    private final Retriever retriever;
    private final EventBuffer out;
    private final BehaviourSummary summary;
    private final long seed;
    private final double sessionsPerShopperDay;
    private final long start;
    private final AdPolicy ads;
    /** The start of the day being simulated, the ad policy's pacing day. */
    private long today;
    private long sequence;
    private long sessionCount;
    private long requestCount;

    public SessionSimulator(Catalog catalog, Shopper[] shoppers, ClickModel clickModel, Relevance relevance,
                            QueryBook queries, EventBuffer out, BehaviourSummary summary, long seed,
                            double sessionsPerShopperDay, LocalDate startDate) {
        this(catalog, shoppers, clickModel, relevance, queries, out, summary, seed, sessionsPerShopperDay, startDate,
                null);
    }

    /** A simulator whose lists carry sponsored products chosen by {@code ads} (null for none). */
    public SessionSimulator(Catalog catalog, Shopper[] shoppers, ClickModel clickModel, Relevance relevance,
                            QueryBook queries, EventBuffer out, BehaviourSummary summary, long seed,
                            double sessionsPerShopperDay, LocalDate startDate, AdPolicy ads) {
        this.ads = ads;
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
        this.shoppers = shoppers;
        this.clickModel = clickModel;
        this.relevance = relevance;
        this.composer = new QueryComposer(vocabulary);
        this.queries = queries;
        this.retriever = new Retriever(catalog, relevance);
        this.out = out;
        this.summary = summary;
        this.seed = seed;
        this.sessionsPerShopperDay = sessionsPerShopperDay;
        this.start = startDate.toEpochDay() * DAY;
    }

    /** Simulates every shopper's visits starting on day {@code day} (0-based) and releases the finished events. */
    public void simulateDay(int day) {
        Rng r = Rng.stream(seed, "day", day);
        long dayStart = start + day * DAY;
        today = dayStart;
        DayOfWeek weekday = LocalDate.ofEpochDay(dayStart / DAY).getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        for (Shopper s : shoppers) {
            int visits = r.poisson(sessionsPerShopperDay * s.activity() * (weekend ? 1.15 : 1.0));
            for (int v = 0; v < visits; v++) {
                visit(s, dayStart, r);
            }
        }
        out.flushBefore(dayStart + DAY);
    }

    public void finish() {
        out.flushAll();
    }

    private void visit(Shopper s, long dayStart, Rng r) {
        long session = ++sessionCount;
        summary.session();
        int hour = (int) Math.floor(((s.peakHour() + r.normal(0, 2.5)) % 24 + 24) % 24);
        long t = dayStart + hour * 3_600_000L + r.nextInt(3_600_000);
        Device device = r.chance(0.8) ? s.device() : Device.values()[r.nextInt(3)];
        Mission mission = mission(s, r);
        int requests = 1;
        while (requests < 8 && r.chance(0.58)) {
            requests++;
        }
        Visit visit = new Visit(s, session, device);
        int step = 0;
        for (int q = 0; q < requests; q++) {
            if (q > 0 && r.chance(0.15)) {
                mission = mission(s, r);
                step = 0;
            }
            boolean search = r.chance(q == 0 ? 0.65 : 0.7);
            t = request(visit, mission, search, search ? step++ : step, t, r);
        }
        for (int p : visit.revisits) {
            t += r.between(5_000, 60_000);
            emit(t, EventType.VIEW, visit, p, null, 0, purchases.dwellMillis(0.5, catalog.quality(p), 0.5, r),
                    catalog.priceCents(p), 0, -1, false, Double.NaN, null);
        }
        if (!visit.cart.isEmpty()) {
            t += r.between(20_000, 240_000);
            for (long[] item : visit.cart) {
                int p = (int) item[0];
                double fit = -s.priceSensitivity() * priceRatio(p);
                if (r.chance(purchases.purchaseProbability(catalog.quality(p), fit))) {
                    emit(t++, EventType.PURCHASE, visit, p, null, 0, -1, catalog.priceCents(p), (int) item[1],
                            item[2], false, Double.NaN, null);
                }
            }
        }
    }

    private long request(Visit v, Mission mission, boolean search, int step, long t, Rng r) {
        long request = ++requestCount;
        summary.request();
        QueryIntent intent;
        int[] shown;
        String query = null;
        if (search) {
            intent = queries.register(composer.compose(mission, step, r));
            query = intent.text();
            emit(t, EventType.SEARCH, v, -1, query, 0, -1, -1, 0, request, true, Double.NaN, null);
            shown = retriever.search(intent, SEARCH_RESULTS, r);
        } else {
            intent = mission.unspokenIntent();
            shown = retriever.recommend(v.shopper, v.lastClicked, RECOMMENDATIONS, r);
        }
        long shownAt = t + r.between(300, 1_200);
        VisitContext context = VisitContext.at(v.device, shownAt);
        SlotAward[] awards = null;
        long clock = today + DAY * v.shopper.index() / shoppers.length;
        if (ads != null) {
            AdPolicy.Placement placement = ads.place(request, v.shopper, context, search, query, intent, shown,
                    shownAt, clock);
            shown = placement.products();
            awards = placement.awards();
        }
        double[] scores = new double[shown.length];
        boolean[] clicked = new boolean[shown.length];
        for (int i = 0; i < shown.length; i++) {
            int p = shown[i];
            scores[i] = relevance.score(intent, catalog, p);
            ClickDrivers d = clickModel.drivers(v.shopper, p, scores[i], search, context, i + 1);
            SponsoredAd ad = awards == null ? null : sponsored(awards[i]);
            double probability = ad == null ? clickModel.probability(d) : clickModel.sponsoredProbability(d);
            clicked[i] = r.nextDouble() < probability;
            summary.impression(i + 1, probability, clicked[i]);
            emit(shownAt, EventType.IMPRESSION, v, p, query, i + 1, -1, catalog.priceCents(p), 0, request, search,
                    probability, d, ad);
        }
        long cursor = shownAt + r.between(1_500, 8_000);
        boolean anyClick = false;
        for (int i = 0; i < shown.length; i++) {
            if (!clicked[i]) {
                continue;
            }
            anyClick = true;
            int p = shown[i];
            double affinity = v.shopper.categoryAffinity(vocabulary, catalog.leaf(p));
            long dwell = purchases.dwellMillis(scores[i], catalog.quality(p), affinity, r);
            SponsoredAd ad = awards == null ? null : sponsored(awards[i]);
            emit(cursor, EventType.CLICK, v, p, query, i + 1, dwell, catalog.priceCents(p), 0, request, search,
                    Double.NaN, null, ad);
            if (ad != null) {
                ads.charge(awards[i], clock);
            }
            v.lastClicked = p;
            double fit = -v.shopper.priceSensitivity() * priceRatio(p);
            boolean favourite = v.shopper.isFavouriteBrand(catalog.brand(p));
            if (r.chance(purchases.cartProbability(scores[i], catalog.quality(p), favourite, fit,
                    catalog.availability(p).orderable()))) {
                LeafCategory leaf = vocabulary.leaf(catalog.leaf(p));
                int quantity = purchases.quantity(leaf.maxQuantity(), r);
                emit(cursor + (long) (dwell * (0.5 + 0.4 * r.nextDouble())), EventType.ADD_TO_CART, v, p, null, 0,
                        -1, catalog.priceCents(p), quantity, request, search, Double.NaN, null);
                v.cart.add(new long[] {p, quantity, request});
            }
            if (r.chance(0.12)) {
                v.revisits.add(p);
            }
            cursor += dwell + r.between(1_000, 6_000);
        }
        return (anyClick ? cursor : shownAt) + r.between(3_000, 40_000);
    }

    private static SponsoredAd sponsored(SlotAward award) {
        return award == null ? null : new SponsoredAd(award.winner().campaignId(),
                award.winner().ad().campaign().advertiser(), award.winner().bidCents(), award.priceCents(),
                award.position());
    }

    private double priceRatio(int p) {
        return StrictMath.log(catalog.price(p) / vocabulary.medianPrice(catalog.leaf(p), catalog.lang(p)));
    }

    private Mission mission(Shopper s, Rng r) {
        int leaf;
        double pick = r.nextDouble();
        if (pick < 0.65 && s.favouriteLeaves().length > 0) {
            leaf = r.pick(s.favouriteLeaves());
        } else if (pick < 0.95) {
            leaf = r.pick(vocabulary.leavesOf(r.weighted(s.topPreference())));
        } else {
            leaf = r.nextInt(vocabulary.leaves().size());
        }
        LeafCategory category = vocabulary.leaf(leaf);
        int brand = -1;
        for (int b : s.favouriteBrands()) {
            if (vocabulary.brand(b).top() == category.top() && r.chance(0.5)) {
                brand = b;
            }
        }
        if (brand < 0 && r.chance(0.25)) {
            brand = r.pick(vocabulary.brands(s.lang(), category.top()));
        }
        int colour = category.colours().length > 0 && r.chance(0.45) ? r.pick(category.colours()) : -1;
        Gender gender = switch (category.genderMode()) {
            case "both" -> r.chance(0.9) ? s.gender() : s.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> Gender.NONE;
        };
        return new Mission(s.lang(), leaf, brand, colour, gender);
    }

    private void emit(long t, EventType type, Visit v, int product, String query, int position, long dwell,
                      int priceCents, int quantity, long request, boolean search, double probability,
                      ClickDrivers drivers) {
        emit(t, type, v, product, query, position, dwell, priceCents, quantity, request, search, probability, drivers,
                null);
    }

    private void emit(long t, EventType type, Visit v, int product, String query, int position, long dwell,
                      int priceCents, int quantity, long request, boolean search, double probability,
                      ClickDrivers drivers, SponsoredAd ad) {
        out.add(new ShopEvent(t, ++sequence, type, v.shopper.index(), v.session, product, query, position, v.device,
                dwell, priceCents, quantity, request, search, probability, drivers, ad));
    }

    /** What one visit carries between its requests. */
    private static final class Visit {
        final Shopper shopper;
        final long session;
        final Device device;
        final List<long[]> cart = new ArrayList<>();
        final List<Integer> revisits = new ArrayList<>();
        int lastClicked = -1;

        Visit(Shopper shopper, long session, Device device) {
            this.shopper = shopper;
            this.session = session;
            this.device = device;
        }
    }
}
