package merchlab.model.ranker;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.ClickEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.eval.temporal.TestLists;
import merchlab.features.EventLog;
import merchlab.features.ExampleBuilder;
import merchlab.features.ExampleSettings;
import merchlab.features.ShopData;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;

/**
 * Development tool, not a test: builds the examples of a workspace once and trains several ranker shapes on them,
 * printing each one's test AUC beside the oracle's. {@code RankerExperiments WORKSPACE shape...} where a shape is
 * {@code adapter:cross:hidden:epochs:lr:batch:decay[:seed]}.
 */
public final class RankerExperiments {
    private RankerExperiments() {
    }

    /** Writes every example's request, product, label and single-value features to a CSV file. */
    private static void dump(ExampleBuilder.Result built, ShopData data, EventLog log, String file) {
        var ex = built.examples();
        try (var out = java.nio.file.Files.newBufferedWriter(Path.of(file))) {
            StringBuilder head = new StringBuilder("request,product,clicked");
            for (int f = 0; f < merchlab.features.FeatureNames.SCALAR_COUNT; f++) {
                head.append(',').append(ex.schema().features().get(f).name());
            }
            out.write(head + "\n");
            for (int i = 0; i < ex.size(); i++) {
                StringBuilder b = new StringBuilder(log.requests().name(ex.request(i)) + "," + data.catalog().id(ex.product(i))
                        + "," + (ex.clicked(i) ? 1 : 0));
                for (int f = 0; f < merchlab.features.FeatureNames.SCALAR_COUNT; f++) {
                    b.append(',').append(ex.value(i, f));
                }
                out.write(b + "\n");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rss() {
        try {
            for (String l : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) >> 10);
                }
            }
        } catch (java.io.IOException e) {
            return "-";
        }
        return "-";
    }

    /** AUC of the model on the examples shown from {@code cutoff} on, with features as the replay computed them. */
    private static double liveAuc(RankerModel model, merchlab.features.TrainingExamples ex, long cutoff) {
        int width = ex.schema().width();
        java.util.List<Double> p = new java.util.ArrayList<>();
        java.util.List<Boolean> y = new java.util.ArrayList<>();
        int chunk = 2048;
        float[] rows = new float[chunk * width];
        int n = 0;
        for (int i = 0; i <= ex.size(); i++) {
            if (n == chunk || (i == ex.size() && n > 0)) {
                double[] out = model.predict(java.util.Arrays.copyOf(rows, n * width));
                for (double v : out) {
                    p.add(v);
                }
                n = 0;
            }
            if (i < ex.size() && ex.timestamp(i) >= cutoff) {
                ex.row(i, rows, n * width);
                y.add(ex.clicked(i));
                n++;
            }
        }
        double[] s = p.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] c = new boolean[y.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = y.get(i);
        }
        return merchlab.metric.Auc.of(s, c);
    }

    public static void main(String[] args) {
        Workspace ws = Workspace.open(Path.of(args[0]));
        ShopData[] holder = new ShopData[1];
        holder[0] = new ShopData(ws, () -> merchlab.text.Encoders.open(holder[0].encoderName()));
        try (ShopData data = holder[0]) {
            TemporalSplit split = TemporalSplit.of(data);
            EventLog train = data.behaviour().events(Long.MIN_VALUE, split.cutoff());
            long t = System.nanoTime();
            ExampleBuilder.Result built = new ExampleBuilder(data.catalog(), data.vectors(), data.queries(),
                    ExampleSettings.defaults(42)).build(train, split.cutoff(), CancelToken.none());
            System.out.printf(Locale.ROOT, "examples %d (%d clicked) in %.1f s%n", built.examples().size(),
                    built.examples().positives(), (System.nanoTime() - t) / 1e9);
            if (args.length > 1 && args[1].startsWith("dump=")) {
                dump(built, data, train, args[1].substring(5));
                return;
            }
            TestLists test = TestLists.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE), data.catalog(), split.cutoff());
            ClickEvaluation evaluation = new ClickEvaluation(test, data.catalog().size());
            System.out.printf(Locale.ROOT, "oracle test AUC %.4f%n", evaluation.oracle().get("auc"));
            ExampleBuilder.Result live = Boolean.getBoolean("merchlab.liveTest")
                    ? new ExampleBuilder(data.catalog(), data.vectors(), data.queries(), ExampleSettings.defaults(42))
                    .build(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE), Long.MAX_VALUE, CancelToken.none()) : null;
            for (int i = 1; i < args.length; i++) {
                String[] p = args[i].split(":");
                RankerArchitecture shape = new RankerArchitecture(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                        Integer.parseInt(p[2]), 0.1, Double.parseDouble(p[6]));
                TrainingSettings s = TrainingSettings.defaults().withEpochs(Integer.parseInt(p[3]))
                        .withLearningRate(Double.parseDouble(p[4])).withBatchSize(Integer.parseInt(p[5]))
                        .withDevice("cpu").withSeed(p.length > 7 ? Long.parseLong(p[7]) : 42);
                t = System.nanoTime();
                StringBuilder epochs = new StringBuilder();
                RankerTrainer.Result r = new RankerTrainer(s, shape, Device.cpu()).train(built.examples(),
                        built.pipeline(), new TrainingListener() {
                            @Override
                            public void message(String text) {
                                System.out.println(text);
                            }

                            @Override
                            public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                                epochs.append(String.format(Locale.ROOT, " %.4f", validation.get("auc")));
                                System.out.println("epoch " + epoch + " resident " + rss() + " MiB");
                            }
                        }, CancelToken.none(), null, false);
                Map<String, Object> settings = new LinkedHashMap<>();
                settings.put("architecture", shape.asMap());
                SavedModel m = new SavedModel("x", "ranker", settings, null, r.metrics(), null, null, null, "cpu", 0,
                        null, RankerCodec.write(built.pipeline().toBytes(), r.weights()));
                try (RankerModel model = new RankerModel(m, data, Device.cpu())) {
                    Map<String, Double> metrics = evaluation.evaluate(model, CancelToken.none());
                    System.out.println("resident " + rss() + " MiB");
                    if (live != null) {
                        System.out.printf(Locale.ROOT, "test AUC with counters updated through the test period %.4f%n",
                                liveAuc(model, live.examples(), split.cutoff()));
                    }
                System.out.printf(Locale.ROOT, "%-28s test AUC %.4f logloss %.4f ndcg@10 %.4f | val%s | %.0f s%n",
                            args[i], metrics.get("auc"), metrics.get("logloss"), metrics.get("ndcg@10"), epochs,
                            (System.nanoTime() - t) / 1e9);
                }
            }
        }
    }
}
