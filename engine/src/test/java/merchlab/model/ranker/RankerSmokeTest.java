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
    @TempDir
    Path dir;

    @Test
    void trains() {
        long t0 = System.nanoTime();
        Workspace ws = new SyntheticShop().write(dir.resolve("w.db"));
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
                    TrainingSettings.defaults().withEpochs(6).withDevice("cpu"), split.trainingWindow(), Map.of(), null, null, false), l, CancelToken.none());
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
