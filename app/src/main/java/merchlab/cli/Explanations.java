package merchlab.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import merchlab.explain.HistoryInfluence;
import merchlab.explain.ItemExplanation;
import merchlab.explain.ProductExplainer;
import merchlab.features.ShopData;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * What {@code explain} and the {@code --explain} option of {@code recommend} and {@code search} share: the engine's
 * {@link ProductExplainer} explanations of scored products as JSON maps and as text.
 */
final class Explanations {
    private final ProductExplainer explainer;

    Explanations(Recommender model, ShopData data) {
        this.explainer = new ProductExplainer(model, data);
    }

    /** The explanation fields of each product for one request, in order, one batched pass for a ranker. */
    List<Map<String, Object>> explain(ScoringRequest request, List<String> productIds) {
        return explain(request, productIds, Set.of());
    }

    private List<Map<String, Object>> explain(ScoringRequest request, List<String> productIds, Set<String> weak) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemExplanation e : explainer.explain(request, productIds, weak)) {
            out.add(map(e));
        }
        return out;
    }

    /** Adds the explanation fields to each item map (matched by position). */
    void addTo(List<Map<String, Object>> items, ScoringRequest request) {
        List<String> ids = new ArrayList<>();
        Set<String> weak = new HashSet<>();
        for (Map<String, Object> item : items) {
            ids.add((String) item.get("productId"));
            if (Boolean.TRUE.equals(item.get("weakMatch"))) {
                weak.add((String) item.get("productId"));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        List<Map<String, Object>> found = explain(request, ids, weak);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> e = found.get(i);
            for (String key : List.of("baselineScore", "attributions", "groups", "completenessError", "steps", "reasons",
                    "history")) {
                if (e.containsKey(key)) {
                    items.get(i).put(key, e.get(key));
                }
            }
        }
    }

    static Map<String, Object> map(ItemExplanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("productId", e.productId());
        m.put("score", e.score());
        if (e.hasAttributions()) {
            m.put("baselineScore", e.baselineScore());
            m.put("attributions", e.attributions());
            m.put("groups", e.groupsByKey());
            m.put("completenessError", e.completenessError());
            m.put("steps", e.steps());
            m.put("reasons", e.reasons());
        } else {
            m.put("attributions", Map.of());
            m.put("groups", Map.of());
            m.put("completenessError", null);
            m.put("reasons", e.reasons());
            m.put("history", history(e.history()));
        }
        return m;
    }

    private static List<Map<String, Object>> history(List<HistoryInfluence.HistoryEffect> effects) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (HistoryInfluence.HistoryEffect e : effects) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("productId", e.productId());
            m.put("title", e.title());
            m.put("effect", e.effect());
            m.put("scoreWithout", e.scoreWithout());
            m.put("textSimilarity", Double.isNaN(e.textSimilarity()) ? null : e.textSimilarity());
            out.add(m);
        }
        return out;
    }

    /** A waterfall in text: baseline, each group's step, the score, then the reasons. */
    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> e) {
        System.out.printf(Locale.ROOT, "%s%n", e.get("productId"));
        if (e.get("baselineScore") != null) {
            System.out.printf(Locale.ROOT, "  baseline CTR            %.4f%n", (Double) e.get("baselineScore"));
            ((Map<String, Double>) e.get("groups")).forEach((g, v) ->
                    System.out.printf(Locale.ROOT, "  %-24s %+.4f%n", g.replace('_', ' '), v));
            System.out.printf(Locale.ROOT, "  predicted CTR           %.4f  (completeness error %.2f%%, %s steps)%n",
                    (Double) e.get("score"), 100 * (Double) e.get("completenessError"), e.get("steps"));
        } else {
            System.out.printf(Locale.ROOT, "  score %.4f%n", (Double) e.get("score"));
        }
        for (String r : (List<String>) e.get("reasons")) {
            System.out.println("  - " + r);
        }
        if (e.get("history") != null) {
            for (Map<String, Object> h : ((List<Map<String, Object>>) e.get("history")).stream().limit(5).toList()) {
                System.out.printf(Locale.ROOT, "  history %-12s %+.4f  %s%n", h.get("productId"), (Double) h.get("effect"),
                        h.get("title"));
            }
        }
    }
}
