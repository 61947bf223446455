package merchlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.judged.JudgedEvaluation;
import merchlab.eval.judged.JudgedReport;
import merchlab.eval.protocol.EvaluationProtocol;
import merchlab.eval.protocol.HistoryRule;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.protocol.ProtocolEvaluation;
import merchlab.eval.protocol.RandomSplit;
import merchlab.eval.stats.PairedComparison;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.scoring.RelevanceGate;
import merchlab.search.IntentFilters;
import merchlab.shop.ShopServices;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab evaluate}: evaluate saved models beside every baseline under a protocol. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "evaluate saved models beside every baseline under a protocol")
final class EvaluateCommand implements Runnable {
    private final ShopServices services;

    EvaluateCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "NAME", description = "evaluate only this saved model (baselines always)")
    String model;

    @Option(names = "--protocol", description = "temporal, leave-last-out, random-80-10-10 or judgments"
            + " (default ${DEFAULT-VALUE})")
    String protocol = "temporal";

    @Option(names = "--export", paramLabel = "DIR", description = "judgments: also write TREC qrels and runs and a"
            + " Quepid ratings CSV into DIR")
    Path export;

    @Option(names = "--sample", paramLabel = "N", description = "judgments: evaluate N judged queries drawn at random"
            + " with --seed (default: all)")
    Integer sample;

    @Option(names = "--strong-matches", paramLabel = "N", description = "judgments: the retriever's best candidates a"
            + " model may reorder freely (default ${DEFAULT-VALUE}; to measure the choice)")
    int strongMatches = RelevanceGate.STRONG_MATCHES;

    @Option(names = "--retrieval-weight", paramLabel = "W", description = "judgments: weight of the retriever's rank"
            + " against the model's (default ${DEFAULT-VALUE}; to measure the choice)")
    double retrievalWeight = RelevanceGate.RETRIEVAL_WEIGHT;

    @Option(names = "--category-confidence", paramLabel = "P", description = "judgments: probability a category read"
            + " from the query needs to become a filter, above 1 for never (default ${DEFAULT-VALUE})")
    double categoryConfidence = IntentFilters.DEFAULT.categoryConfidence();

    @Option(names = "--query-kinds", paramLabel = "FILE", description = "judgments: a CSV with query and kind columns"
            + " (a generated shop's queries.csv) for figures per kind of query (default: the kinds stored in the "
            + "workspace by merchlab queries --kinds or the bundled sample)")
    Path queryKinds;

    @Option(names = "--test-share", description = "temporal: share of the logs' time span held out (default ${DEFAULT-VALUE})")
    double testShare = TemporalSplit.DEFAULT_TEST_SHARE;

    @Option(names = "--seed", description = "random-80-10-10: seed of the per-shopper shuffle; judgments: of the query"
            + " sample (default ${DEFAULT-VALUE})")
    long seed = RandomSplit.DEFAULT_SEED;

    @Option(names = "--history", paramLabel = "exclude|keep", description = "leave-last-out and random-80-10-10: "
            + "exclude the shopper's history from the ranked products (what a shop wants), or keep it ranked, as "
            + "RecBole and most published sequential results do (default ${DEFAULT-VALUE})")
    String history = "exclude";

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        if (protocol.equals(JudgedEvaluation.PROTOCOL)) {
            JudgedReport report = JudgedEvaluationRun.run(services, workspace.open(), model, queryKinds, export,
                    sample, seed, new JudgedEvaluationRun.SearchSettings(strongMatches, retrievalWeight,
                            categoryConfidence));
            if (json) {
                Json.print(JudgedReportOutput.document(report));
            } else {
                JudgedReportOutput.print(report);
            }
            return;
        }
        if (!protocol.equals(TemporalEvaluation.PROTOCOL)) {
            runRanking();
            return;
        }
        Workspace ws = workspace.open();
        Map<String, Object> doc;
        try (ShopData data = services.data(ws)) {
            TemporalSplit split = TemporalSplit.of(data, testShare);
            TemporalEvaluation.Report report = new TemporalEvaluation(data, services.kinds(), new ModelStore(ws),
                    new EvaluationStore(ws)).run(split, model, new ProgressPrinter(System.err), CancelToken.none());
            doc = document(report);
        }
        if (json) {
            Json.print(doc);
        } else {
            print(doc);
        }
    }

    /**
     * Leave-last-out or random 80/10/10: every baseline and the newest saved model of each trainable kind (or the
     * {@code --model} one) retrained on the protocol's training interactions, ranking the whole catalog.
     */
    private void runRanking() {
        if (!protocol.equals(LeaveLastOut.NAME) && !protocol.equals(RandomSplit.NAME)) {
            throw new MerchLabException("unknown protocol '" + protocol + "': use " + TemporalEvaluation.PROTOCOL
                    + ", " + LeaveLastOut.NAME + ", " + RandomSplit.NAME + " or " + JudgedEvaluation.PROTOCOL);
        }
        EvaluationProtocol p = ProtocolEvaluation.protocol(protocol, seed, HistoryRule.of(history));
        Workspace ws = workspace.open();
        ProtocolEvaluation.Report report = new ProtocolEvaluation(ws, services.kinds(), new EvaluationStore(ws))
                .run(p, model, null, new ProgressPrinter(System.err), CancelToken.none());
        if (json) {
            Json.print(ProtocolReport.document(report, p instanceof RandomSplit ? seed : null));
        } else {
            ProtocolReport.print(report);
        }
    }

    static Map<String, Object> document(TemporalEvaluation.Report report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("protocol", TemporalEvaluation.PROTOCOL);
        doc.put("cutoff", java.time.Instant.ofEpochMilli(report.split().cutoff()).toString());
        List<Map<String, Object>> results = new ArrayList<>();
        for (TemporalEvaluation.Result r : report.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", r.model());
            m.put("kind", r.kind());
            UndefinedMetrics.put(m, "metrics", r.metrics());
            m.put("trainedOnTestPeriod", r.trainedOnTestPeriod());
            m.put("fittedForEvaluation", r.fittedForEvaluation());
            if (r.versus() != null) {
                m.put("versus", JudgedReportOutput.versus(r.versusModel(), r.versus()));
            }
            results.add(m);
        }
        doc.put("results", results);
        if (report.oracle() != null) {
            UndefinedMetrics.put(doc, "oracle", report.oracle());
        }
        doc.put("seconds", report.seconds());
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> doc) {
        String[] columns = {"auc", "logloss", "ece", "ndcg@10", "mrr@10", "recall@5"};
        System.out.printf(Locale.ROOT, "protocol %s, test period from %s%n", doc.get("protocol"), doc.get("cutoff"));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s %-13s", "model", "kind"));
        for (String c : columns) {
            head.append(String.format(Locale.ROOT, " %9s", c));
        }
        System.out.println(head);
        List<Map<String, Object>> rows = new ArrayList<>((List<Map<String, Object>>) doc.get("results"));
        if (doc.containsKey("oracle")) {
            rows.add(Map.of("model", "oracle", "kind", "true CTR", "metrics", doc.get("oracle")));
        }
        for (Map<String, Object> r : rows) {
            Map<String, Double> m = (Map<String, Double>) r.get("metrics");
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %-13s", r.get("model"), r.get("kind")));
            for (String c : columns) {
                Double v = m.get(c);
                line.append(v == null ? String.format(Locale.ROOT, " %9s", "-") : String.format(Locale.ROOT, " %9.4f", v));
            }
            if (Boolean.TRUE.equals(r.get("trainedOnTestPeriod"))) {
                line.append("  (trained on the test period)");
            }
            Map<String, Object> v = (Map<String, Object>) r.get("versus");
            if (v != null) {
                List<Double> ci = (List<Double>) v.get("ci95");
                line.append("  ndcg@10 vs ").append(v.get("model")).append(' ').append(new PairedComparison(
                        (Integer) v.get("units"), (Double) v.get("delta"), (Double) v.get("pValue"), ci.get(0),
                        ci.get(1)).summary());
            }
            System.out.println(line);
        }
        Map<String, String> undefined = new java.util.TreeMap<>();
        for (Map<String, Object> r : rows) {
            Object why = r.get("undefined");
            if (why instanceof Map<?, ?> w) {
                w.forEach((k, v) -> undefined.put((String) k, (String) v));
            }
        }
        undefined.forEach((metric, why) -> System.out.printf(Locale.ROOT, "note: %s is undefined (-): %s%n", metric, why));
    }
}
