package merchlab.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.DataWindow;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.RelatedProducts;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.search.Candidate;
import merchlab.search.SearchResult;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;

/**
 * Builds {@link ShopScorer}s over a workspace's saved models: which model to use, which candidate sources feed it, and
 * the baselines to compare with. The command line and the desktop both score through it.
 *
 * <p>Models it opens stay open until {@link #close}, so one instance serves many requests; like the models, it is not
 * thread-safe.
 */
public final class ShopScorers implements AutoCloseable {
    private final ShopData data;
    private final ModelKinds kinds;
    private final ModelStore store;
    private final Map<String, Recommender> open = new LinkedHashMap<>();
    private CandidateSource popular;
    private CandidateSource related;
    private boolean relatedLooked;
    private int strongMatches = RelevanceGate.STRONG_MATCHES;
    private double retrievalWeight = RelevanceGate.RETRIEVAL_WEIGHT;

    public ShopScorers(ShopData data, ModelKinds kinds, ModelStore store) {
        this.data = data;
        this.kinds = kinds;
        this.store = store;
    }

    /**
     * The model that recommends to a shopper (Explore, {@code recommend}): the named one, else the default model (made
     * so in Models or chosen by {@code tune}), else as {@link #choose}.
     */
    public static SavedModel forShoppers(ModelStore store, String name) {
        return name == null ? store.recommended().orElseGet(() -> choose(store, null)) : store.load(name);
    }

    /** The named model, else the newest ranker, else the newest ranking model of any kind (not an intent model). */
    public static SavedModel choose(ModelStore store, String name) {
        if (name != null) {
            return store.load(name);
        }
        java.util.List<String> ranking = ModelKinds.installed().names();
        return store.latest("ranker").or(() -> store.list().stream().filter(m -> ranking.contains(m.kind()))
                        .findFirst().flatMap(m -> store.find(m.name())))
                .orElseThrow(() -> new MerchLabException("no model in this workspace: train one first, for example "
                        + "merchlab train --model ranker"));
    }

    public ShopData data() {
        return data;
    }

    /** The named saved model (or the default of {@link #choose}), opened once and kept open until {@link #close}. */
    public Recommender model(String name) {
        SavedModel saved = choose(store, name);
        Recommender r = open.get(saved.name());
        if (r == null) {
            r = kinds.open(saved, data);
            open.put(saved.name(), r);
        }
        return r;
    }

    /**
     * The named saved model, else the default of {@link #choose}; in a workspace without any saved model (and no name
     * given), the candidates in retrieval order ({@link RetrievalOrder}).
     */
    public Recommender modelOrRetrieval(String name) {
        return name == null && store.list().isEmpty() ? new RetrievalOrder() : model(name);
    }

    /**
     * A baseline of kind {@code kind} ({@code popularity}, {@code cooccurrence}, {@code semantic}): the newest saved
     * model of that kind, else one fitted now on every logged event (without saving it).
     */
    public Recommender baseline(String kind, CancelToken cancel) {
        ModelKind k = kinds.get(kind);
        if (!k.isBaseline()) {
            throw new MerchLabException(kind + " is not a baseline: choose one of " + baselineKinds());
        }
        var saved = store.latest(kind);
        if (saved.isPresent()) {
            return model(saved.get().name());
        }
        String key = "baseline:" + kind;
        Recommender r = open.get(key);
        if (r == null) {
            TrainingJob job = new TrainingJob(data, k.baseName(Map.of()), null, TrainingSettings.defaults(),
                    DataWindow.all(), Map.of(), null, false);
            r = kinds.open(k.train(job, TrainingListener.NONE, cancel), data);
            open.put(key, r);
        }
        return r;
    }

    /** The names of the baseline kinds, for pickers. */
    public List<String> baselineKinds() {
        return kinds.baselines().stream().map(ModelKind::name).toList();
    }

    /**
     * A scorer fed by semantic neighbours of the query or the shopper's history, lexical matches of the query, popular
     * products and, when a co-occurrence model is saved, products co-occurring with the history.
     */
    public ShopScorer scorer(Recommender model) {
        return scorer(model, List.of(Sources.semantic(data), Sources.lexical(data)));
    }

    /** A scorer fed by the given sources, then popular products and, when a co-occurrence model is saved, related ones. */
    public ShopScorer scorer(Recommender model, List<CandidateSource> first) {
        return new ShopScorer(data, model, sources(first), ShopScorer.PER_SOURCE);
    }

    /**
     * A scorer for a search: only the retriever's candidates (source {@code hybrid}), which already honour the query's
     * filters, re-ranked by the model behind a {@link RelevanceGate} that keeps relevance in charge. Popular and related
     * products are left out: they answer the shopper, not the query.
     */
    public ShopScorer scorer(Recommender model, SearchResult retrieved) {
        return new ShopScorer(data, model, List.of(retrieved(retrieved)), retrieved.candidates().size(),
                RelevanceGate.retrieved(retrieved.candidates(), strongMatches, retrievalWeight));
    }

    /** Changes the search gate's settings (for measuring the choice; see {@link RelevanceGate}). */
    public ShopScorers optRelevanceGate(int strongMatches, double retrievalWeight) {
        this.strongMatches = strongMatches;
        this.retrievalWeight = retrievalWeight;
        return this;
    }

    /** The retriever's candidates of a search as a candidate source named {@code hybrid}. */
    public static CandidateSource retrieved(SearchResult result) {
        List<String> ids = result.candidates().stream().map(Candidate::productId).toList();
        return Sources.source("hybrid", (request, limit) -> ids.subList(0, Math.min(limit, ids.size())));
    }

    private List<CandidateSource> sources(List<CandidateSource> first) {
        List<CandidateSource> sources = new ArrayList<>(first);
        if (popular == null) {
            popular = Sources.popular(data, ShopScorer.PER_SOURCE);
        }
        sources.add(popular);
        if (!relatedLooked) {
            relatedLooked = true;
            related = store.latest("cooccurrence").map(m -> model(m.name())).filter(r -> r instanceof RelatedProducts)
                    .map(r -> Sources.related((RelatedProducts) r)).orElse(null);
        }
        if (related != null) {
            sources.add(related);
        }
        return sources;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Recommender r : open.values()) {
            try {
                r.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
