package merchlab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.behaviour.EventType;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.metric.RankingAccumulator;
import merchlab.model.Recommender;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.model.sequence.SequenceKind;
import merchlab.store.ModelFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The executor's side of {@code evaluate}: the workbench's leave-last-out split of each shopper's engagements, and
 * the model's full ranking of the catalog for the held-out last product, judged by the workbench's metrics. Each case
 * gives its own metrics and its top list; the driver averages them and measures coverage.
 */
final class HeldOutRanking {
    /** One test case: its metrics and the top of its ranking, as deep as the largest cut-off. */
    static final StructType CASES = new StructType()
            .add("shopper_id", DataTypes.StringType, false)
            .add("metrics", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false)
            .add("top", DataTypes.createArrayType(DataTypes.StringType, false), false);
    /** Cases ranked per model call. */
    private static final int BLOCK = 256;

    /** Everything an executor needs, broadcast once per job. */
    record Setup(String key, byte[] model, VectorTable vectors) implements Serializable {
    }

    private HeldOutRanking() {
    }

    /** The cases of one partition of shoppers (rows of {@code user_id} and {@code events}, as {@code recommend}'s). */
    static List<Row> rank(Iterator<Row> shoppers, Setup setup) {
        List<Interaction> engagements = new ArrayList<>();
        shoppers.forEachRemaining(r -> engagements.addAll(engagements(r.getString(0), r.getList(1))));
        List<RankingCase> cases = new LeaveLastOut().split(InteractionLog.of(engagements).withoutRepeats()).test();
        List<Row> out = new ArrayList<>(cases.size());
        if (cases.isEmpty()) {
            return out;
        }
        ExecutorShop.Shop shop = ExecutorShop.shop(setup.key(), setup.vectors());
        Recommender model = ExecutorShop.borrow(setup.key(), () -> SequenceKind.open(
                ModelFile.read(setup.model(), "the model"), shop.products(), shop.catalog()));
        try {
            List<String> catalog = shop.catalog().ids();
            FullRankingEvaluation evaluation = new FullRankingEvaluation(catalog);
            for (int start = 0; start < cases.size(); start += BLOCK) {
                List<RankingCase> block = cases.subList(start, Math.min(cases.size(), start + BLOCK));
                List<List<String>> ranked = evaluation.rank(model, block);
                for (int i = 0; i < block.size(); i++) {
                    RankingAccumulator one = new RankingAccumulator(catalog.size(), FullRankingEvaluation.CUTOFFS);
                    one.add(ranked.get(i), block.get(i).relevant());
                    Map<String, Double> metrics = new LinkedHashMap<>(one.result());
                    metrics.keySet().removeIf(k -> k.startsWith("coverage@"));
                    out.add(RowFactory.create(block.get(i).userId(), CollectionConverters.asScala(metrics),
                            ranked.get(i).toArray(new String[0])));
                }
            }
        } finally {
            ExecutorShop.giveBack(setup.key(), model);
        }
        return out;
    }

    /** A shopper's clicks, views, carts and purchases, oldest first (file order within a time), as the workspace has them. */
    private static List<Interaction> engagements(String shopper, List<Row> events) {
        List<Interaction> out = new ArrayList<>();
        for (Row e : ShopperHistory.ordered(events)) {
            EventType type = ShopperHistory.type(e);
            if (e.getString(3) != null && type != null && type.isEngagement()) {
                out.add(new Interaction(shopper, e.getString(3), e.getLong(0)));
            }
        }
        return out;
    }
}
