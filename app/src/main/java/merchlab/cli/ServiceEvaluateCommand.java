package merchlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.search.ProductSearch;
import merchlab.service.EntityEvaluation;
import merchlab.service.IntentEvaluation;
import merchlab.service.IntentRecogniser;
import merchlab.service.IntentReport;
import merchlab.service.IntentSplit;
import merchlab.service.LabelledMessage;
import merchlab.service.ServiceEvaluation;
import merchlab.service.ServiceMessages;
import merchlab.service.ShopperService;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.Encoders;
import merchlab.text.Scripts;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab service evaluate}: score the intent model and the baseline on labelled messages. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "score the intent model beside the n-gram"
        + " baseline on labelled messages: accuracy, macro-F1, calibration, handoff rate, per intent, confusion")
final class ServiceEvaluateCommand implements Runnable {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "labelled messages")
    Path data;

    @Option(names = "--model", paramLabel = "NAME", description = "the intent model (default: the newest)")
    String model;

    @Option(names = "--holdout", paramLabel = "SHARE", description = "score only the share of each intent's messages"
            + " that service train --holdout SHARE left out")
    double holdout;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    @SuppressWarnings("unchecked")
    public void run() {
        List<LabelledMessage> messages = ServiceMessages.read(data).messages();
        if (holdout != 0) {
            messages = IntentSplit.holdout(messages, holdout).heldOut();
        }
        if (messages.isEmpty()) {
            throw new MerchLabException(data + " holds no labelled message to evaluate");
        }
        Workspace ws = workspace.open();
        ModelStore store = new ModelStore(ws);
        SavedModel main = model != null ? store.load(model) : ServiceEvaluation.newest(store);
        List<IntentReport> reports = ServiceEvaluation.run(store, main.name(), messages, name -> Encoders.open(name,
                Runtime.getRuntime().availableProcessors()), merchlab.CancelToken.none());
        Map<String, Object> doc = document(messages.size(), reports);
        doc.put("perLanguage", perLanguage(main, messages));
        List<EntityEvaluation.Score> entities = entities(ws, messages);
        if (!entities.isEmpty()) {
            doc.put("entities", entities);
        }
        if (json) {
            Json.print(doc);
            return;
        }
        System.out.printf(Locale.ROOT, "%d messages%n", messages.size());
        System.out.printf(Locale.ROOT, "  %-18s %9s %9s %7s %8s%n", "model", "accuracy", "macro-F1", "ECE", "handoff");
        for (IntentReport r : reports) {
            System.out.printf(Locale.ROOT, "  %-18s %9.4f %9.4f %7.4f %8.4f%n", row(r).get("model"), r.accuracy(),
                    r.macroF1(), r.ece(), r.handoffRate());
        }
        for (Map<String, Object> l : (List<Map<String, Object>>) doc.get("perLanguage")) {
            System.out.printf(Locale.ROOT, "  %s: %d messages, accuracy %.4f, macro-F1 %.4f%n", l.get("language"),
                    l.get("messages"), l.get("accuracy"), l.get("macroF1"));
        }
        for (EntityEvaluation.Score e : entities) {
            System.out.printf(Locale.ROOT, "  %s: precision %.4f, recall %.4f (%d read, %d named)%n", e.type(),
                    e.precision(), e.recall(), e.read(), e.messages());
        }
        System.out.println("per intent (" + reports.get(0).model() + "):");
        for (IntentReport.IntentScore s : reports.get(0).perIntent()) {
            System.out.printf(Locale.ROOT, "  %-26s F1 %.4f (precision %.4f, recall %.4f, %d messages)%n",
                    OneLine.of(s.intent()), s.f1(), s.precision(), s.recall(), s.support());
        }
    }

    /** Accuracy and macro-F1 of the main model on the English and the Chinese messages (by their script). */
    private static List<Map<String, Object>> perLanguage(SavedModel main, List<LabelledMessage> messages) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (IntentRecogniser r = IntentRecogniser.open(main, name -> Encoders.open(name,
                Runtime.getRuntime().availableProcessors()))) {
            for (String lang : List.of("en", "zh")) {
                List<LabelledMessage> part = messages.stream()
                        .filter(m -> Scripts.containsCjk(m.text()) == lang.equals("zh")).toList();
                if (part.isEmpty() || part.size() == messages.size() && lang.equals("en")) {
                    continue;
                }
                IntentReport report = IntentEvaluation.evaluate(r, part);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("language", lang);
                row.put("messages", part.size());
                row.put("accuracy", report.accuracy());
                row.put("macroF1", report.macroF1());
                out.add(row);
            }
        }
        return out;
    }

    /** Order-id and product-link precision when the messages name their true entities and the shop has products. */
    private static List<EntityEvaluation.Score> entities(Workspace ws, List<LabelledMessage> messages) {
        boolean named = messages.stream().anyMatch(m -> "order_id".equals(m.entityType())
                || "product_id".equals(m.entityType()));
        if (!named || new EmbeddingStore(ws).encoders().isEmpty()) {
            return List.of();
        }
        try (ProductSearch search = ProductSearch.open(ws)) {
            return EntityEvaluation.evaluate(messages, ShopperService.entityReader(ws, search)::read);
        }
    }

    static Map<String, Object> document(int messages, List<IntentReport> reports) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("messages", messages);
        doc.put("results", reports.stream().map(ServiceEvaluateCommand::row).toList());
        IntentReport main = reports.get(0);
        doc.put("perIntent", main.perIntent());
        List<Map<String, Object>> confusion = new ArrayList<>();
        for (int i = 0; i < main.labels().size(); i++) {
            Map<String, Integer> predicted = new LinkedHashMap<>();
            for (int j = 0; j < main.labels().size(); j++) {
                if (main.confusion()[i][j] > 0) {
                    predicted.put(main.labels().get(j), main.confusion()[i][j]);
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("intent", main.labels().get(i));
            row.put("predicted", predicted);
            confusion.add(row);
        }
        doc.put("confusion", confusion);
        doc.put("coverage", main.coverage());
        return doc;
    }

    private static Map<String, Object> row(IntentReport r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model", r.kind().equals(IntentRecogniser.BASELINE_KIND) ? "baseline" : r.model());
        row.put("name", r.model());
        row.put("accuracy", r.accuracy());
        row.put("macroF1", r.macroF1());
        row.put("ece", r.ece());
        row.put("handoffRate", r.handoffRate());
        row.put("handoffThreshold", r.handoffThreshold());
        return row;
    }
}
