package merchlab.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.search.ProductSearch;
import merchlab.service.Entity;
import merchlab.service.IntentRecogniser;
import merchlab.service.ServiceAnswer;
import merchlab.service.ServiceEvaluation;
import merchlab.service.ShopperService;
import merchlab.service.WordWeight;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab service answer}: understand one shopper's message and draft its answer from the shop's data. */
@Command(name = "answer", mixinStandardHelpOptions = true, description = "understand a shopper's message (intent,"
        + " confidence, entities, the words that drove it) and draft the answer from the shop's data, or hand it off")
final class ServiceAnswerCommand implements Runnable {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--message", required = true, paramLabel = "TEXT", description = "the shopper's message")
    String message;

    @Option(names = "--model", paramLabel = "NAME", description = "the intent model (default: the newest)")
    String model;

    @Option(names = "--repeat", paramLabel = "N", description = "answer N more times after the first and report the"
            + " median time of one answer (for timing)")
    int repeat;

    @Option(names = "--no-words", description = "leave out the word weights (each word costs one more classification)")
    boolean noWords;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        Workspace ws = workspace.open();
        ModelStore store = new ModelStore(ws);
        SavedModel saved = model != null ? store.load(model) : ServiceEvaluation.newest(store);
        boolean encoded = !new EmbeddingStore(ws).encoders().isEmpty();
        try (IntentRecogniser recogniser = IntentRecogniser.open(saved, Encoders::open);
             ProductSearch search = encoded ? ProductSearch.open(ws) : null) {
            if (!encoded) {
                System.err.println("service: the workspace's products are not encoded; products are found by id only"
                        + " (run merchlab encode to link product names)");
            }
            ShopperService service = ShopperService.open(ws, recogniser, search);
            ServiceAnswer answer = service.answer(message, !noWords);
            Double millis = null;
            if (repeat > 0) {
                double[] times = new double[repeat];
                for (int i = 0; i < repeat; i++) {
                    long t = System.nanoTime();
                    service.answer(message, !noWords);
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(times);
                millis = times[repeat / 2];
            }
            print(answer, saved.name(), millis);
        }
    }

    private void print(ServiceAnswer a, String modelName, Double millis) {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", modelName);
            doc.put("intent", a.intent());
            doc.put("confidence", a.confidence());
            doc.put("language", a.language());
            doc.put("handoff", a.handoff());
            doc.put("reason", a.reason());
            doc.put("answer", a.answer());
            doc.put("facts", a.facts());
            doc.put("entities", a.entities());
            doc.put("words", a.words());
            if (millis != null) {
                doc.put("medianMillis", millis);
            }
            Json.print(doc);
            return;
        }
        System.out.printf(Locale.ROOT, "intent      %s (confidence %.3f)%n", a.intent(), a.confidence());
        for (Entity e : a.entities()) {
            System.out.printf(Locale.ROOT, "entity      %s: %s -> %s%s%n", e.type(), OneLine.of(e.text()),
                    OneLine.of(e.value()), e.type().equals("product") || e.type().equals("order_id")
                            ? String.format(Locale.ROOT, " (confidence %.2f%s)", e.confidence(),
                            e.known() ? "" : ", not in this shop's records") : "");
        }
        StringBuilder words = new StringBuilder();
        a.words().stream().filter(w -> w.weight() >= 0.05).forEach(w -> words.append(String.format(Locale.ROOT,
                " %s (%.2f)", OneLine.of(w.word()), w.weight())));
        if (!a.words().isEmpty()) {
            System.out.println("words      " + (words.length() == 0 ? " (no single word decides it)" : words));
        }
        if (a.handoff()) {
            System.out.println("handoff     " + a.reason());
        } else {
            System.out.println("answer      " + a.answer());
        }
        if (millis != null) {
            System.out.printf(Locale.ROOT, "median      %.1f ms per answer%n", millis);
        }
    }
}
