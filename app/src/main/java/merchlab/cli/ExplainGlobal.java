package merchlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.explain.DeletionCurve;
import merchlab.explain.ExplanationChecks;
import merchlab.explain.HeldOutImportance;
import merchlab.explain.LoggedImpressions;
import merchlab.explain.PermutationImportance;
import merchlab.features.ShopData;
import merchlab.model.ranker.RankerKind;
import merchlab.model.ranker.RankerModel;
import merchlab.store.SavedModel;

/** The global modes of {@code explain}: permutation importance and the faithfulness checks on held-out impressions. */
final class ExplainGlobal {
    private ExplainGlobal() {
    }

    /** Result lists of the temporal split's test period (the model's held-out data when trained with defaults). */
    static LoggedImpressions heldOut(ShopData data, SavedModel saved, int lists, Map<String, Object> doc) {
        TemporalSplit split = TemporalSplit.of(data);
        LoggedImpressions impressions = LoggedImpressions.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE),
                data.catalog(), split.cutoff(), lists);
        if (impressions.lists().isEmpty()) {
            throw new MerchLabException("the logs have no result lists with impressions after the temporal cut-off");
        }
        doc.put("cutoff", java.time.Instant.ofEpochMilli(split.cutoff()).toString());
        doc.put("trainedOnTestPeriod", saved.dataTo() >= split.cutoff());
        doc.put("lists", impressions.lists().size());
        doc.put("impressions", impressions.impressions());
        return impressions;
    }

    static Map<String, Object> importance(ShopData data, SavedModel saved, int lists, int repeats, long seed) {
        HeldOutImportance.Result r = new HeldOutImportance(data).run(saved, lists, repeats, seed, CancelToken.none(),
                fraction -> { });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", saved.name());
        doc.put("cutoff", java.time.Instant.ofEpochMilli(r.cutoff()).toString());
        doc.put("trainedOnTestPeriod", r.trainedOnTestPeriod());
        doc.put("lists", r.lists());
        doc.put("impressions", r.report().impressions());
        doc.put("repeats", repeats);
        doc.put("auc", r.report().auc());
        doc.put("logloss", r.report().logloss());
        doc.put("groups", rows(r.report().groups()));
        doc.put("features", rows(r.report().features()));
        doc.put("seconds", r.seconds());
        return doc;
    }

    private static List<Map<String, Object>> rows(List<PermutationImportance.Importance> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PermutationImportance.Importance i : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("aucDrop", i.aucDrop());
            m.put("aucDropCi95", List.of(i.aucLow(), i.aucHigh()));
            m.put("loglossRise", i.loglossRise());
            m.put("loglossRiseCi95", List.of(i.loglossLow(), i.loglossHigh()));
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> checks(ShopData data, SavedModel saved, int lists, Path truth, long seed) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", saved.name());
        try (RankerModel model = RankerKind.open(saved, data, "cpu")) {
            LoggedImpressions impressions = heldOut(data, saved, lists, doc);
            ExplanationChecks.Report r = new ExplanationChecks(data, saved).run(model, impressions, truth, seed,
                    CancelToken.none());
            doc.put("completeness", r.completeness());
            DeletionCurve.Result d = r.deletion();
            Map<String, Object> del = new LinkedHashMap<>();
            del.put("areaBetweenCurves", d.areaBetween());
            del.put("normalisedArea", d.normalisedArea());
            del.put("attributionOrder", d.attributionOrder());
            del.put("randomOrder", d.randomOrder());
            doc.put("deletion", del);
            doc.put("randomisation", Map.of("meanAbsoluteRankCorrelation", r.randomisation().meanAbsoluteRankCorrelation(),
                    "meanSignedRankCorrelation", r.randomisation().meanSignedRankCorrelation()));
            if (r.truth() != null) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("impressions", r.truth().impressions());
                t.put("perDriver", r.truth().perDriver());
                t.put("meanOverDrivers", r.truth().meanOverDrivers());
                t.put("meanWithinImpression", r.truth().meanWithinImpression());
                doc.put("truth", t);
            } else if (truth != null) {
                doc.put("truth", "no impression of the sample is in " + truth);
            }
            doc.put("seconds", r.seconds());
        }
        return doc;
    }

    /** A short text rendering of a global document. */
    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> doc) {
        doc.forEach((k, v) -> {
            if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                System.out.println(k + ":");
                for (Object o : list) {
                    Map<String, Object> m = (Map<String, Object>) o;
                    List<Double> ci = (List<Double>) m.get("aucDropCi95");
                    System.out.printf(Locale.ROOT, "  %-24s AUC drop %+.4f [%+.4f, %+.4f]  logloss rise %+.4f%n",
                            m.get("name"), (Double) m.get("aucDrop"), ci.get(0), ci.get(1), (Double) m.get("loglossRise"));
                }
            } else if (!(v instanceof double[])) {
                System.out.println(k + ": " + v);
            }
        });
    }
}
