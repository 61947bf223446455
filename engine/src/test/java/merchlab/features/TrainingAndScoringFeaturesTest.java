package merchlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.eval.temporal.TestLists;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.ClickModel.ShownList;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline computes the same features for a logged result list whether it builds training rows or scores. */
class TrainingAndScoringFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void scoringRowsOfTheLastListsMatchTheirTrainingRows() {
        SyntheticShop shop = new SyntheticShop();
        shop.days = 5;
        shop.products = 150;
        shop.requestsPerDay = 80;
        shop.dimension = 16;
        Workspace ws = shop.write(dir.resolve("w.db"));
        try (ShopData data = new ShopData(ws, () -> new FakeTextEncoder(16))) {
            EventLog log = data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE);
            ExampleBuilder.Result built = new ExampleBuilder(data.catalog(), data.vectors(), data.queries(),
                    ExampleSettings.defaults(1)).build(log, log.lastTimestamp() + 1, CancelToken.none());
            TrainingExamples examples = built.examples();
            Featurizer featurizer = built.pipeline().bind(data.catalog(), data.vectors(), data.queries());
            int width = examples.schema().width();
            // the last list of the log: its training rows saw (almost) every counter the frozen pipeline holds
            int lastRequest = examples.request(examples.size() - 1);
            long cutoff = examples.timestamp(examples.size() - 1);
            TestLists lists = TestLists.from(log, data.catalog(), cutoff);
            ShownList last = lists.lists().get(lists.size() - 1);
            RequestFeatures rf = featurizer.request(last.request().history(), last.request().shown(), last.request().query(),
                    last.request().context().visitQuery(), last.request().context().device(), last.request().context().hour(),
                    last.request().context().weekday());
            float[] positions = new float[last.positions().length];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = last.positions()[i];
            }
            float[] scoring = featurizer.rows(rf, last.products(), positions);
            Set<Integer> timeDependent = Set.of(FeatureNames.RECENT_POPULARITY, FeatureNames.PRODUCT_AGE);
            int first = examples.size() - 1;
            while (first > 0 && examples.request(first - 1) == lastRequest) {
                first--;
            }
            // the list's shown products come first; a search list's unshown products follow them
            assertEquals(last.products().get(0), data.catalog().id(examples.product(first)));
            float[] training = new float[width];
            for (int i = 0; i < last.products().size(); i++) {
                examples.row(first + i, training, 0);
                for (int f = 0; f < width; f++) {
                    if (timeDependent.contains(f)) {
                        continue;
                    }
                    String name = name(examples.schema(), f);
                    assertEquals(training[f], scoring[i * width + f], 0.05 + 0.02 * Math.abs(training[f]),
                            "feature " + name + " of product " + last.products().get(i));
                }
            }
            assertTrue(examples.positives() > 0);
        }
    }

    private static String name(FeatureSchema schema, int f) {
        List<Feature> features = schema.features();
        return features.stream().filter(x -> f >= x.offset() && f < x.offset() + x.width()).findFirst().orElseThrow()
                .name();
    }
}
