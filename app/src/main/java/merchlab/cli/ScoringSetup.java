package merchlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.ModelStore;
import merchlab.model.RelatedProducts;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.scoring.CandidateSource;
import merchlab.scoring.ScoredProduct;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.Sources;

/** What {@code recommend} and {@code search} share: model choice, candidate sources, context and output. */
final class ScoringSetup {
    private ScoringSetup() {
    }

    /** The named model, else the newest ranker, else the newest model of any kind. */
    static SavedModel chooseModel(ModelStore store, String name) {
        if (name != null) {
            return store.load(name);
        }
        return store.latest("ranker").or(() -> store.list().stream().findFirst().flatMap(m -> store.find(m.name())))
                .orElseThrow(() -> new MerchLabException("no model in this workspace: train one first, for example "
                        + "merchlab train --model ranker"));
    }

    /**
     * Popular products, semantic neighbours of the query or the shopper's history, lexical matches of the query, and
     * products co-occurring with the history when a co-occurrence model is saved.
     */
    static ShopScorer scorer(ShopData data, ModelKinds kinds, ModelStore store, Recommender model) {
        return scorer(data, kinds, store, model, List.of(Sources.semantic(data), Sources.lexical(data)));
    }

    /** The given sources, then popular products and, when a co-occurrence model is saved, related products. */
    static ShopScorer scorer(ShopData data, ModelKinds kinds, ModelStore store, Recommender model,
                             List<CandidateSource> first) {
        List<CandidateSource> sources = new ArrayList<>(first);
        sources.add(Sources.popular(data, ShopScorer.PER_SOURCE));
        store.latest("cooccurrence").ifPresent(m -> {
            Recommender r = kinds.open(m, data);
            if (r instanceof RelatedProducts related) {
                sources.add(Sources.related(related));
            }
        });
        return new ShopScorer(data, model, sources, ShopScorer.PER_SOURCE);
    }

    static Context context(String device, Integer hour, Integer weekday) {
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new MerchLabException("--hour must be 0-23, not " + hour);
        }
        if (weekday != null && (weekday < 1 || weekday > 7)) {
            throw new MerchLabException("--weekday must be 1 (Monday) - 7, not " + weekday);
        }
        if (device != null && merchlab.features.EventLog.device(device) == 0) {
            throw new MerchLabException("--device must be mobile, desktop or tablet, not '" + device + "'");
        }
        return new Context(device, hour == null ? -1 : hour, weekday == null ? -1 : weekday);
    }

    static Map<String, Object> contextMap(Context c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("device", c.device());
        m.put("hour", c.hour() < 0 ? null : c.hour());
        m.put("weekday", c.weekday() < 0 ? null : c.weekday());
        return m;
    }

    static List<Map<String, Object>> items(List<ScoredProduct> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ScoredProduct p : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("productId", p.productId());
            m.put("title", p.title());
            m.put("score", p.score());
            m.put("ctr", p.ctr());
            m.put("sources", p.sources());
            out.add(m);
        }
        return out;
    }

    static void print(List<ScoredProduct> items) {
        int rank = 1;
        for (ScoredProduct p : items) {
            System.out.printf(Locale.ROOT, "%3d  %-12s %-50s %s%n", rank++, p.productId(),
                    p.title().length() > 50 ? p.title().substring(0, 47) + "..." : p.title(),
                    p.ctr() == null ? String.format(Locale.ROOT, "score %.4f", p.score())
                            : String.format(Locale.ROOT, "ctr %.4f", p.ctr()));
        }
    }
}
