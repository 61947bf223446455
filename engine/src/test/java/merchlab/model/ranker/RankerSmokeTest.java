package merchlab.model.ranker;

import java.nio.file.Path;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalEvaluation;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.EvaluationStore;
import merchlab.model.ModelKinds;
import merchlab.model.ModelStore;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankerSmokeTest {
    static Map<String, String> opts() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String k : new String[] {"adapter", "cross", "hidden"}) {
            if (System.getProperty(k) != null) {
                m.put(k, System.getProperty(k));
            }
        }
        return m;
    }

    @TempDir
    Path dir;

    @Test
    void trains() {
        long t0 = System.nanoTime();
        SyntheticShop shop = new SyntheticShop();
        shop.days = Integer.getInteger("shop.days", 20);
        shop.requestsPerDay = Integer.getInteger("shop.requests", 150);
        shop.shoppers = Integer.getInteger("shop.shoppers", 120);
        Workspace ws = shop.write(dir.resolve("w.db"));
        System.out.println("shop " + (System.nanoTime() - t0) / 1e9);
        TrainingListener l = new TrainingListener() {
            @Override
            public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
                System.out.println("epoch " + epoch + " loss " + trainLoss + " " + validation);
            }

            @Override
            public void message(String text) {
                System.out.println(text);
            }
        };
        try (ShopData data = new ShopData(ws, () -> new FakeTextEncoder(32))) {
            ModelKinds kinds = ModelKinds.installed();
            ModelStore store = new ModelStore(ws);
            TemporalSplit split = TemporalSplit.of(data);
            var m = new ModelTraining(kinds, store).train("ranker", new ModelTraining.TrainingJobSpec(data,
                    TrainingSettings.defaults().withEpochs(Integer.getInteger("epochs", 6)).withBatchSize(Integer.getInteger("batch", 256)).withDevice("cpu"), split.trainingWindow(), opts(), null, null, false), l, CancelToken.none());
            System.out.println(m.metrics());
            var report = new TemporalEvaluation(data, kinds, store, new EvaluationStore(ws)).run(split, null, l, CancelToken.none());
            for (var r : report.results()) {
                System.out.println(r.model() + " " + r.metrics());
            }
            System.out.println("oracle " + report.oracle());
        }
        System.out.println("total " + (System.nanoTime() - t0) / 1e9);
    }
}
