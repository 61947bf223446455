package merchlab.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.model.Context;
import merchlab.model.DataWindow;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.sample.GeneratedShop;
import merchlab.sample.GenerationListener;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.scoring.BatchScoring;
import merchlab.scoring.ShopScorers;
import merchlab.store.EmbeddingStore;
import merchlab.store.ModelStore;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The generated small shop as the workbench leaves it, built once for the module's tests: imported, encoded, a
 * sequence and a co-occurrence model trained and exported, and {@code recommend --all}'s lists stored. Beside it a
 * local Spark session ({@code local[2]}, loopback only).
 */
final class SmallShop {
    static final String ENCODER = "zh";
    /** The workbench's encode threads here, which decide its texts per encoder call. */
    static final int ENCODE_THREADS = 2;
    private static SmallShop shop;

    final Path dir;
    final GeneratedShop files;
    final Workspace workspace;
    final Path sequenceModel;
    final Path relatedModel;
    final SparkSession spark;

    private SmallShop(Path dir) {
        this.dir = dir;
        spark = SparkSession.builder().master("local[2]").appName("merchlab spark tests")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString()).config("spark.sql.shuffle.partitions", "4").getOrCreate();
        files = new ShopGenerator().generate(ShopConfig.of(ShopSize.SMALL), dir.resolve("shop"), GenerationListener.NONE);
        workspace = Workspace.open(dir.resolve("shop.db"));
        ImportService imports = new ImportService(workspace);
        imports.run(ImportRequest.of(files.productsCsv(), DataKind.CATALOG), ImportListener.NONE, CancelToken.none());
        imports.run(ImportRequest.of(files.eventsCsv(), DataKind.EVENTS), ImportListener.NONE, CancelToken.none());
        new EncodeService(workspace, Encoders::open, EncoderChoice.DEFAULT, ENCODE_THREADS).encode(ENCODER,
                EncodeListener.NONE, CancelToken.none());
        ModelKinds kinds = ModelKinds.installed();
        ModelStore store = new ModelStore(workspace);
        try (ShopData data = new ShopData(workspace, () -> Encoders.open(ENCODER))) {
            ModelTraining training = new ModelTraining(kinds, store);
            training.train("cooccurrence", spec(data, 1), TrainingListener.NONE, CancelToken.none());
            training.train("sequence", spec(data, 1), TrainingListener.NONE, CancelToken.none());
        }
        sequenceModel = dir.resolve("sequence.model.json");
        relatedModel = dir.resolve("cooccurrence.model.json");
        store.exportTo("sequence", sequenceModel);
        store.exportTo("cooccurrence", relatedModel);
        try (ShopData data = new ShopData(workspace, () -> Encoders.open(ENCODER));
             ShopScorers scorers = new ShopScorers(data, kinds, store)) {
            new BatchScoring(workspace, scorers.scorer(scorers.model("sequence"))).run("sequence", Context.unknown(),
                    10, null, p -> { }, CancelToken.none());
        }
    }

    /** The workspace's own vectors as the encode job writes them, so that both sides score the same numbers. */
    synchronized String workspaceVectors() {
        Path path = dir.resolve("workspace-vectors");
        if (!Files.exists(path)) {
            List<Row> rows = new ArrayList<>();
            new EmbeddingStore(workspace).forEachProduct(ENCODER, (id, v) -> {
                Float[] boxed = new Float[v.length];
                for (int i = 0; i < v.length; i++) {
                    boxed[i] = v[i];
                }
                rows.add(RowFactory.create(id, boxed, ENCODER, 0L));
            });
            spark.createDataFrame(rows, ProductEncoding.VECTORS).write().parquet(path.toString());
        }
        return path.toString();
    }

    /** The shop, built on first use in a folder kept until the JVM ends. */
    static synchronized SmallShop get() throws Exception {
        if (shop == null) {
            Path dir = Files.createTempDirectory("merchlab-spark-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            shop = new SmallShop(dir);
        }
        return shop;
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind
        }
    }

    private static ModelTraining.TrainingJobSpec spec(ShopData data, int epochs) {
        return new ModelTraining.TrainingJobSpec(data, TrainingSettings.defaults().withEpochs(epochs).withDevice("cpu"),
                DataWindow.all(), Map.of(), null, null, false);
    }

    /** Runs a job; returns its exit status and what it wrote on standard output and standard error. */
    static Result run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = SparkJobs.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    record Result(int status, String out, String err) {
        List<String> lines() {
            return new ArrayList<>(err.lines().toList());
        }
    }
}
