package merchlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.protocol.HistoryRule;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.protocol.ProtocolEvaluation;
import merchlab.eval.tune.SearchSpace;
import merchlab.eval.tune.Trial;
import merchlab.eval.tune.Tuner;
import merchlab.eval.tune.TuningReport;
import merchlab.eval.tune.TuningRequest;
import merchlab.model.TrainingSettings;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab tune}: random search with successive halving over a model kind's settings, on validation only. */
@Command(name = "tune", mixinStandardHelpOptions = true, description = "search a model kind's settings on a protocol's"
        + " validation shoppers (random search, weak settings stopped early by successive halving); every trial is"
        + " stored, the best saved as a new model version and compared with the strongest baseline")
final class TuneCommand implements Runnable {
    private final ShopServices services;

    TuneCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", required = true, paramLabel = "KIND", description = "sequence, cooccurrence or popularity")
    String kind;

    @Option(names = "--budget", required = true, paramLabel = "TIME", description = "wall-clock budget: 90s, 10m, 1h")
    String budget;

    @Option(names = "--trials", paramLabel = "N", description = "settings to draw, the defaults among them (default"
            + " ${DEFAULT-VALUE})")
    int trials = TuningRequest.DEFAULT_CONFIGS;

    @Option(names = "--seed", description = "seeds the draw and every trial's training (default ${DEFAULT-VALUE})")
    long seed = TrainingSettings.defaults().seed();

    @Option(names = "--protocol", description = "leave-last-out or random-80-10-10: whose validation shoppers judge the"
            + " settings (default ${DEFAULT-VALUE})")
    String protocol = LeaveLastOut.NAME;

    @Option(names = "--history", description = "exclude or keep the shopper's history among the ranked products"
            + " (default ${DEFAULT-VALUE})")
    String history = HistoryRule.EXCLUDE.word();

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        TuningRequest request = new TuningRequest(kind, ProtocolEvaluation.protocol(protocol, seed,
                HistoryRule.of(history)), TuningRequest.budget(budget), trials, seed,
                TrainingSettings.defaults().withSeed(seed));
        Workspace ws = workspace.open();
        ProgressPrinter progress = new ProgressPrinter(System.err);
        TuningReport report = new Tuner(ws, services.kinds()).run(request, new Tuner.Listener() {
            @Override
            public void step(int epoch, long step, double loss, double fraction) {
                progress.step(epoch, step, loss, fraction);
            }

            @Override
            public void message(String text) {
                progress.message(text);
            }

            @Override
            public void trial(Trial t) {
                System.err.println(line(t));
            }
        }, CancelToken.none());
        if (json) {
            Json.print(document(report));
        } else {
            print(report);
        }
    }

    private String line(Trial t) {
        String round = SearchSpace.of(kind).epochs() ? String.format(Locale.ROOT, ", round %d, %s", t.rung(),
                t.length()) : "";
        return String.format(Locale.ROOT, "trial %d (setting %d%s): %s%s in %.1f s", t.trial(), t.config(), round,
                t.status(),
                t.finished() ? String.format(Locale.ROOT, ", validation NDCG@10 %.4f", t.ndcg())
                        : t.message() == null ? "" : " (" + t.message() + ")", t.seconds());
    }

    static Map<String, Object> document(TuningReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("run", r.run());
        doc.put("kind", r.kind());
        doc.put("protocol", r.protocol());
        doc.put("validationShoppers", r.validationShoppers());
        doc.put("budgetSeconds", r.budgetSeconds());
        doc.put("seconds", r.seconds());
        doc.put("stoppedEarly", r.stoppedEarly());
        List<Map<String, Object>> trials = new ArrayList<>();
        r.trials().forEach(t -> trials.add(trial(t)));
        doc.put("trials", trials);
        doc.put("best", r.best() == null ? null : trial(r.best()));
        doc.put("defaults", r.defaults() == null ? null : trial(r.defaults()));
        doc.put("baselines", r.baselines());
        doc.put("baseline", r.baseline());
        doc.put("bestModel", r.bestModel());
        doc.put("recommended", r.recommended());
        doc.put("beatsBaseline", r.beatsBaseline());
        doc.put("beatsDefaults", r.beatsDefaults());
        doc.put("verdict", r.verdict());
        return doc;
    }

    private static Map<String, Object> trial(Trial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", t.trial());
        m.put("setting", t.config());
        m.put("round", t.rung());
        m.put("status", t.status());
        m.put("options", t.options());
        m.put("settings", t.settings().asMap());
        m.put("metrics", t.metrics());
        m.put("seconds", t.seconds());
        if (t.message() != null) {
            m.put("message", t.message());
        }
        return m;
    }

    private void print(TuningReport r) {
        System.out.printf(Locale.ROOT, "tuned %s on %d %s validation shoppers in %.0f s (budget %.0f s)%n", r.kind(),
                r.validationShoppers(), r.protocol(), r.seconds(), r.budgetSeconds());
        r.trials().forEach(t -> System.out.println("  " + line(t)));
        r.baselines().forEach((name, m) -> System.out.printf(Locale.ROOT, "  baseline %-20s validation NDCG@10 %.4f%n",
                name, m.getOrDefault("ndcg@10", Double.NaN)));
        if (r.best() != null) {
            System.out.println("best: trial " + r.best().trial() + " " + r.best().options() + ", saved as "
                    + r.bestModel());
        }
        System.out.println(r.verdict());
    }
}
