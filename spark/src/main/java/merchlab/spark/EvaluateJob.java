package merchlab.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.slice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import merchlab.MerchLabException;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.model.ranking.FullRankingEvaluation;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: leave-last-out over an event log too big for one machine, with a sequence model exported from a
 * workspace. Each shopper's last engagement is the target (a repeat of the history is skipped, the history is not
 * ranked), the whole catalog is ranked, and the metrics are the workbench's, in the JSON of {@code merchlab evaluate}.
 * The model is scored as it is, not retrained: export one trained on data before the targets (as {@code train}'s
 * temporal window leaves out the last days).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "leave-last-out metrics of an exported sequence model over an event log")
public final class EvaluateJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a sequence model exported with merchlab models export")
    String model;

    @Option(names = "--events", required = true, paramLabel = "PATH", description = "the event log: Parquet, or CSV with a header")
    String events;

    @Option(names = "--vectors", required = true, paramLabel = "PATH", description = "the catalog's vectors, as the encode job writes them")
    String vectors;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of shoppers (default: the cluster's parallelism)")
    Integer partitions;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    /** For {@code spark-submit --class merchlab.spark.EvaluateJob}. */
    public static void main(String... args) {
        SparkJobs.main(EncodeJob.prepend("evaluate", args));
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (partitions != null && partitions < 1) {
            throw new MerchLabException("--partitions must be at least 1");
        }
        SparkSession spark = Sessions.get("evaluate");
        long started = System.nanoTime();
        ExportedModel sequence = ExportedModel.sequence(spark, "--model", model);
        VectorTable table = VectorTable.of(Tables.read(spark, "--vectors", vectors), "--vectors", vectors,
                sequence.encoder());
        Dataset<Row> log = ShopperLog.read(spark, "--events", events);
        HeldOutRanking.Setup setup = new HeldOutRanking.Setup(UUID.randomUUID().toString(), sequence.bytes(), table);
        Broadcast<HeldOutRanking.Setup> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(setup);
        int n = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
        Dataset<Row> cases = ShopperLog.byShopper(log, n).mapPartitions((MapPartitionsFunction<Row, Row>) part ->
                HeldOutRanking.rank(part, shared.value()).iterator(), Encoders.row(HeldOutRanking.CASES)).cache();
        long count = cases.count();
        if (count == 0) {
            throw new MerchLabException("--events " + events + " has no shopper with two or more engagements: nothing "
                    + "to hold out");
        }
        Map<String, Double> metrics = new TreeMap<>();
        for (Row r : cases.select(explode(col("metrics"))).groupBy("key").agg(avg("value")).collectAsList()) {
            metrics.put(r.getString(0), r.getDouble(1));
        }
        int catalog = table.ids().size();
        for (int k : FullRankingEvaluation.CUTOFFS) {
            long distinct = cases.select(explode(slice(col("top"), 1, k))).distinct().count();
            metrics.put("coverage@" + k, (double) distinct / catalog);
        }
        cases.unpersist();
        shared.destroy();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", sequence.model().name());
        result.put("kind", sequence.model().kind());
        result.put("metrics", metrics);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("protocol", LeaveLastOut.NAME);
        doc.put("results", List.of(result));
        doc.put("cases", count);
        doc.put("products", catalog);
        doc.put("seconds", (System.nanoTime() - started) / 1e9);
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(doc));
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s, %,d shoppers, %,d products: %s (%s)%n",
                    LeaveLastOut.NAME, count, catalog, sequence.model().name(), sequence.model().kind());
            metrics.forEach((k, v) -> spec.commandLine().getOut().printf(Locale.ROOT, "  %-14s %.4f%n", k, v));
        }
        return 0;
    }
}
