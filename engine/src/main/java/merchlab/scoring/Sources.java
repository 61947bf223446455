package merchlab.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import merchlab.features.CatalogVectors;
import merchlab.features.LexicalMatcher;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopData;
import merchlab.features.ShopperProfile;
import merchlab.model.RelatedProducts;
import merchlab.model.ScoringRequest;
import merchlab.store.EventStore;

/** The built-in candidate sources: popular, semantic (query or shopper profile), lexical and related products. */
public final class Sources {
    private Sources() {
    }

    /** The most engaged-with products of the logs, the same list for every request. */
    public static CandidateSource popular(ShopData data, int keep) {
        List<String> top = new ArrayList<>();
        for (String id : new EventStore(data.workspace()).mostEngaged(keep)) {
            if (data.catalog().indexOf(id) >= 0) {
                top.add(id);
            }
        }
        return popular(top);
    }

    /** The given products, most engaged-with first (counted elsewhere, for example by a batch job), for every request. */
    public static CandidateSource popular(List<String> ranked) {
        List<String> fixed = List.copyOf(ranked);
        return source("popular", (request, limit) -> fixed.subList(0, Math.min(limit, fixed.size())));
    }

    /** Products nearest to the query's embedding, or without a query to the shopper's history embedding. */
    public static CandidateSource semantic(ShopData data) {
        return semantic(data.catalog(), data.vectors(), query -> data.queries().vector(query));
    }

    /**
     * Products nearest to the query's embedding ({@code queries} gives it, or null when it has none), or to the
     * shopper's history embedding.
     */
    public static CandidateSource semantic(ShopCatalog catalog, CatalogVectors vectors,
                                           Function<String, float[]> queries) {
        NearestProducts nearest = new NearestProducts(catalog, vectors);
        return source("semantic", (request, limit) -> {
            float[] target = request.query() == null ? null : queries.apply(request.query());
            if (target == null) {
                ShopperProfile profile = new ShopperProfile(catalog, vectors);
                request.history().forEach(id -> profile.add(catalog.indexOf(id)));
                if (!profile.hasEmbedding()) {
                    return List.of();
                }
                target = new float[vectors.dimension()];
                profile.embedding(target, 0);
            }
            return nearest.nearest(target, limit);
        });
    }

    /** Products sharing the query's words, weighted by rarity; nothing for a recommendation. */
    public static CandidateSource lexical(ShopData data) {
        ShopCatalog catalog = data.catalog();
        LexicalMatcher[] matcher = new LexicalMatcher[1];
        return source("lexical", (request, limit) -> {
            if (request.query() == null) {
                return List.of();
            }
            if (matcher[0] == null) {
                matcher[0] = LexicalMatcher.fit(catalog);
            }
            LexicalMatcher.Query q = matcher[0].query(request.query());
            float[] scores = new float[catalog.size()];
            for (int p = 0; p < scores.length; p++) {
                scores[p] = matcher[0].score(q, p);
            }
            return TopValues.above(scores, limit, 0f).stream().map(catalog::id).toList();
        });
    }

    /** Products a model relates to the shopper's history (for example co-occurrence). */
    public static CandidateSource related(RelatedProducts model) {
        return source("cooccurrence", (request, limit) -> model.related(request.history(), limit));
    }

    /** A named source from a function. */
    public static CandidateSource source(String name, java.util.function.BiFunction<ScoringRequest, Integer,
            List<String>> candidates) {
        return new CandidateSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> candidates(ScoringRequest request, int limit) {
                return candidates.apply(request, limit);
            }
        };
    }
}
