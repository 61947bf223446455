package merchlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.protocol.ProtocolEvaluation;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingSettings;
import merchlab.model.sequence.SequenceRecommender;
import merchlab.sample.GeneratedShop;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.search.LexicalIndex;
import merchlab.shop.ShopServices;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code merchlab demo}: generate the small sample, import it, encode it, train every model kind and evaluate them
 * (every model under the temporal protocol, the sequence recommender also under leave-last-out), headless.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "headless end to end: generate sample, import, encode, train, evaluate, report")
final class DemoCommand implements Runnable {
    private final ShopServices services;

    DemoCommand(ShopServices services) {
        this.services = services;
    }

    @Option(names = {"-w", "--workspace"}, paramLabel = "W",
            description = "workspace to create (default: demo.db in the MerchLab home folder); must not exist yet")
    Path workspace;

    @Option(names = "--epochs", description = "most epochs for the trained models; 0 (the default) lets each model choose")
    int epochs = TrainingSettings.defaults().epochs();

    @Option(names = "--seed", description = "seed of the generated shop and of training (default ${DEFAULT-VALUE})")
    long seed = ShopConfig.DEFAULT_SEED;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        Path file = workspace != null ? workspace : Home.folder().resolve("workspaces").resolve("demo.db");
        if (Files.exists(file)) {
            throw new MerchLabException("workspace " + file + " already exists: the demo builds a new one; "
                    + "remove it or pass another --workspace");
        }
        long started = System.nanoTime();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("workspace", file.toAbsolutePath().toString());
        try {
            Path shopDir = Files.createTempDirectory("merchlab-demo-shop");
            say("generating the small sample shop");
            GeneratedShop shop = new ShopGenerator().generate(ShopConfig.of(ShopSize.SMALL).withSeed(seed), shopDir,
                    (stage, fraction) -> { });
            Workspace ws = Workspace.open(file);
            doc.put("import", importShop(ws, shop));
            say("encoding products");
            var encoded = new EncodeService(ws, Encoders::open, EncoderChoice.DEFAULT,
                    Runtime.getRuntime().availableProcessors()).encode(Encoders.AUTO, merchlab.text.EncodeListener.NONE,
                    CancelToken.none());
            new LexicalIndex(ws).refresh();
            doc.put("encoder", encoded.encoder());
            doc.put("trained", train(ws));
            say("evaluating");
            try (ShopData data = services.data(ws)) {
                TemporalEvaluation.Report report = new TemporalEvaluation(data, services.kinds(),
                        new ModelStore(ws), new EvaluationStore(ws)).run(TemporalSplit.of(data), null,
                        new ProgressPrinter(System.err), CancelToken.none());
                doc.put("evaluate", EvaluateCommand.document(report));
            }
            say("evaluating the sequence recommender on its own protocol (" + LeaveLastOut.NAME + ")");
            ProtocolEvaluation.Report lastOut = new ProtocolEvaluation(ws, services.kinds(),
                    new EvaluationStore(ws)).run(
                    ProtocolEvaluation.protocol(LeaveLastOut.NAME, 0), SequenceRecommender.KIND, null,
                    new ProgressPrinter(System.err), CancelToken.none());
            doc.put("evaluateLeaveLastOut", ProtocolReport.document(lastOut, null));
        } catch (java.io.IOException e) {
            throw new MerchLabException("cannot write the demo shop: " + e.getMessage(), e);
        }
        doc.put("seconds", (System.nanoTime() - started) / 1e9);
        if (json) {
            Json.print(doc);
        } else {
            System.out.println("demo workspace: " + file.toAbsolutePath());
            System.out.println("explore it with: ./merchlab evaluate --workspace " + file + "   or open it in the app");
        }
    }

    private List<Map<String, Object>> importShop(Workspace ws, GeneratedShop shop) {
        ImportService importer = services.imports(ws);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (ImportRequest r : List.of(ImportRequest.of(shop.productsCsv(), DataKind.CATALOG),
                ImportRequest.of(shop.eventsCsv(), DataKind.EVENTS),
                ImportRequest.of(shop.judgmentsCsv(), DataKind.JUDGMENTS))) {
            say("importing " + r.file().getFileName());
            ImportReport report = importer.run(r, ImportListener.NONE, CancelToken.none());
            reports.add(Map.of("file", r.file().getFileName().toString(), "format", report.format(),
                    "accepted", report.accepted(), "rejected", report.rejected()));
        }
        return reports;
    }

    private List<Map<String, Object>> train(Workspace ws) {
        ModelKinds kinds = services.kinds();
        TrainingSettings settings = TrainingSettings.defaults().withEpochs(epochs).withSeed(seed).withDevice("auto");
        List<Map<String, Object>> trained = new ArrayList<>();
        try (ShopData data = services.data(ws)) {
            var window = TemporalSplit.of(data).trainingWindow();
            for (ModelKind kind : kinds.all()) {
                say("training " + kind.name());
                SavedModel m = new ModelTraining(kinds, new ModelStore(ws)).train(kind.name(),
                        new ModelTraining.TrainingJobSpec(data, settings, window, Map.of(), null, null, false),
                        new ProgressPrinter(System.err), CancelToken.none());
                trained.add(Map.of("model", m.name(), "kind", m.kind(), "device", String.valueOf(m.device())));
            }
        }
        return trained;
    }

    private static void say(String step) {
        System.err.println("demo: " + step);
    }
}
