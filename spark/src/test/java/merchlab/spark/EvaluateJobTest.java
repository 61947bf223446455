package merchlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import merchlab.behaviour.RankingCase;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.features.ShopData;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.store.ModelStore;
import org.junit.jupiter.api.Test;

class EvaluateJobTest {
    @Test
    void sparkLeaveLastOutMetricsEqualTheWorkbenchsForTheSameModel() throws Exception {
        SmallShop shop = SmallShop.get();
        SmallShop.Result r = SmallShop.run("evaluate", "--model", shop.sequenceModel.toString(), "--events",
                shop.files.eventsCsv().toString(), "--vectors", shop.workspaceVectors(), "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("leave-last-out", doc.get("protocol").asText());
        JsonNode metrics = doc.get("results").get(0).get("metrics");

        Map<String, Double> expected;
        int cases;
        try (ShopData data = new ShopData(shop.workspace, null);
             Recommender model = ModelKinds.installed().open(new ModelStore(shop.workspace).load("sequence"), data)) {
            List<RankingCase> test = new LeaveLastOut().split(data.behaviour().interactions()).test();
            cases = test.size();
            expected = new FullRankingEvaluation(data.catalog().ids()).evaluate(model, test);
        }
        assertEquals(cases, doc.get("cases").asInt());
        Set<String> names = new TreeSet<>();
        metrics.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(expected.keySet()), names);
        expected.forEach((name, value) -> assertEquals(value, metrics.get(name).asDouble(), 1e-9, name));
    }
}
