package merchlab.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.features.BehaviourLog;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Ranked lists for shoppers and queries: candidates from every source, re-ranked by the chosen model, with the
 * predicted CTR per product when the model predicts one. Not thread-safe (the model is not).
 */
public final class ShopScorer {
    /** Candidates asked of each source by default. */
    public static final int PER_SOURCE = 100;

    private final ShopCatalog catalog;
    private final BehaviourLog behaviour;
    private final Recommender model;
    private final List<CandidateSource> sources;
    private final int perSource;
    private final RelevanceGate gate;

    public ShopScorer(ShopData data, Recommender model, List<CandidateSource> sources, int perSource) {
        this(data, model, sources, perSource, RelevanceGate.NONE);
    }

    /** A scorer whose lists {@code gate} orders from the model's scores. */
    public ShopScorer(ShopData data, Recommender model, List<CandidateSource> sources, int perSource,
                      RelevanceGate gate) {
        this(data.catalog(), data.behaviour(), model, sources, perSource, gate);
    }

    /**
     * A scorer over a catalog alone, away from any workspace (a batch job), for requests that carry their shopper's
     * history: {@code behaviour} is null there, and {@link #request} is then an error.
     */
    public ShopScorer(ShopCatalog catalog, BehaviourLog behaviour, Recommender model, List<CandidateSource> sources,
                      int perSource, RelevanceGate gate) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no candidate sources");
        }
        this.catalog = catalog;
        this.behaviour = behaviour;
        this.model = model;
        this.sources = List.copyOf(sources);
        this.perSource = perSource;
        this.gate = gate;
    }

    /** The model that ranks the candidates. */
    public Recommender model() {
        return model;
    }

    /** The catalog the candidates come from. */
    public ShopCatalog catalog() {
        return catalog;
    }

    /** The candidates' indexes, best first, as this scorer's lists order them from a model's scores. */
    public List<Integer> order(List<String> ids, double[] scores) {
        return gate.order(ids, scores);
    }

    /** Candidates asked of each source. */
    public int perSource() {
        return perSource;
    }

    /**
     * Recommendations for a shopper (their whole logged history counts) in a context; products they already engaged
     * with are left out.
     */
    public List<ScoredProduct> recommend(String userId, Context context, int top) {
        return rank(request(userId, null, context), top);
    }

    /** Search results for a query, personalised for the shopper when one is given. */
    public List<ScoredProduct> search(String query, String userId, Context context, int top) {
        if (query == null || query.isBlank()) {
            throw new MerchLabException("the search query is empty");
        }
        return rank(request(userId, query, context), top);
    }

    /** A request with the shopper's whole logged history and the recommendations they were shown. */
    public ScoringRequest request(String userId, String query, Context context) {
        if (userId == null) {
            return new ScoringRequest(null, List.of(), query, context);
        }
        if (behaviour == null) {
            throw new IllegalStateException("this scorer has no behaviour log: pass requests with their histories");
        }
        return new ScoringRequest(userId, behaviour.history(userId, Long.MAX_VALUE), query, context,
                behaviour.recommended(userId, Long.MAX_VALUE));
    }

    /** The top {@code top} products for a request. */
    public List<ScoredProduct> rank(ScoringRequest request, int top) {
        return rankAll(List.of(request), top).get(0);
    }

    /** The top lists of many requests, scored in one batch. */
    public List<List<ScoredProduct>> rankAll(List<ScoringRequest> requests, int top) {
        if (top < 1) {
            throw new MerchLabException("--top must be at least 1");
        }
        List<Map<String, List<String>>> found = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        for (ScoringRequest r : requests) {
            Map<String, List<String>> bySource = candidates(r, Math.max(perSource, top));
            found.add(bySource);
            candidates.add(new ArrayList<>(bySource.keySet()));
        }
        List<double[]> scores = model.scoreAll(requests, candidates);
        List<List<ScoredProduct>> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<String> ids = candidates.get(i);
            double[] s = scores.get(i);
            List<Integer> order = order(ids, s);
            int best = order.isEmpty() ? 0 : gate.tier(ids.get(order.get(0)));
            List<ScoredProduct> list = new ArrayList<>();
            for (int k = 0; k < Math.min(top, order.size()); k++) {
                int c = order.get(k);
                String id = ids.get(c);
                list.add(new ScoredProduct(id, catalog.title(catalog.indexOf(id)), s[c],
                        model.predictsCtr() ? s[c] : null, found.get(i).get(id), gate.tier(id) > best));
            }
            out.add(list);
        }
        return out;
    }

    /**
     * The union of all sources' candidates (up to {@code limit} from each), each with the sources that proposed it, in
     * order of discovery. A recommendation (no query) leaves out the shopper's history (a product they already clicked,
     * carted or bought is not something new to show them) and products out of stock (nothing to buy); a search keeps
     * both, since shoppers search to buy again and its filters ({@code --in-stock}) say what to leave out.
     */
    public Map<String, List<String>> candidates(ScoringRequest request, int limit) {
        boolean recommendation = request.query() == null;
        Set<String> seen = recommendation ? new HashSet<>(request.history()) : Set.of();
        int asked = limit + Math.min(seen.size(), limit);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CandidateSource source : sources) {
            for (String id : source.candidates(request, asked)) {
                int p = catalog.indexOf(id);
                if (p >= 0 && !seen.contains(id) && (!recommendation || catalog.inStock(p))) {
                    out.computeIfAbsent(id, k -> new ArrayList<>(2)).add(source.name());
                }
            }
        }
        return out;
    }
}
