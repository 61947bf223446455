package merchlab.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.unix_micros;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;
import merchlab.model.ModelFile;
import merchlab.model.SavedModel;
import merchlab.model.baseline.CooccurrenceKind;
import merchlab.model.sequence.SequenceRecommender;
import merchlab.scoring.ShopScorer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recommend}: a sequence model exported from a workspace ({@code merchlab models export}), the shoppers' event
 * log and the catalog vectors of {@code encode}, to each shopper's top list ({@code shopper_id, rank, product_id,
 * score}), the same lists as {@code merchlab recommend --all} gives for the same log.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "top-k lists for every shopper of an event log, with a model exported from a workspace")
public final class RecommendJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private static final List<String> ENGAGEMENTS = List.of(EventType.values()).stream()
            .filter(EventType::isEngagement).map(EventType::code).toList();

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a sequence model exported with merchlab models export")
    String model;

    @Option(names = "--related", paramLabel = "FILE", description = "an exported cooccurrence model: its related products join the candidates, as in the workspace that has one")
    String related;

    @Option(names = "--events", required = true, paramLabel = "PATH", description = "the event log: Parquet, or CSV with a header (user_id, product_id, event_type, timestamp, query)")
    String events;

    @Option(names = "--vectors", required = true, paramLabel = "PATH", description = "the catalog's vectors, as the encode job writes them")
    String vectors;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "where the lists go")
    String out;

    @Option(names = "--format", paramLabel = "F", description = "parquet or csv (default ${DEFAULT-VALUE})")
    String format = "parquet";

    @Option(names = "--top", paramLabel = "K", description = "products per shopper (default ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of shoppers (default: the cluster's parallelism)")
    Integer partitions;

    @Option(names = "--overwrite", description = "replace --out when it exists")
    boolean overwrite;

    /** For {@code spark-submit --class merchlab.spark.RecommendJob}. */
    public static void main(String... args) {
        SparkJobs.main(EncodeJob.prepend("recommend", args));
    }

    @Override
    public Integer call() {
        if (top < 1 || partitions != null && partitions < 1) {
            throw new MerchLabException("--top and --partitions must be at least 1");
        }
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("parquet") && !fmt.equals("csv")) {
            throw new MerchLabException("--format must be parquet or csv, not '" + format + "'");
        }
        SparkSession spark = Sessions.get("recommend");
        long started = System.nanoTime();
        byte[] modelBytes = Tables.bytes(spark, "--model", model);
        SavedModel saved = ModelFile.read(modelBytes, model);
        if (!SequenceRecommender.KIND.equals(saved.kind())) {
            throw new MerchLabException("--model " + model + " is a " + saved.kind() + " model; the Spark job scores "
                    + "sequence models (the others read the whole workspace: use merchlab recommend --all)");
        }
        byte[] relatedBytes = null;
        if (related != null) {
            relatedBytes = Tables.bytes(spark, "--related", related);
            SavedModel r = ModelFile.read(relatedBytes, related);
            if (!CooccurrenceKind.NAME.equals(r.kind())) {
                throw new MerchLabException("--related " + related + " is a " + r.kind() + " model, not a cooccurrence model");
            }
        }
        Object encoder = saved.settings().get("encoder");
        if (encoder == null) {
            throw new MerchLabException("--model " + model + " does not say which encoder it was trained on: retrain it");
        }
        VectorTable table = VectorTable.of(Tables.read(spark, "--vectors", vectors), "--vectors", vectors,
                encoder.toString());
        Dataset<Row> log = eventLog(Tables.read(spark, "--events", events));
        List<String> popular = popular(log, new HashSet<>(table.ids()));

        ShopperScoring.Setup setup = new ShopperScoring.Setup(UUID.randomUUID().toString(), modelBytes, relatedBytes,
                popular, table, top);
        Broadcast<ShopperScoring.Setup> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(setup);
        int n = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
        Dataset<Row> shoppers = log.filter(col("user_id").isNotNull()).groupBy("user_id")
                .agg(collect_list(struct("t", "row", "type", "product_id", "query")).as("events"))
                .repartition(n, col("user_id"));
        Dataset<Row> lists = shoppers.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
                ShopperScoring.rank(rows, shared.value()).iterator(), Encoders.row(ShopperScoring.LISTS));
        Tables.write(spark, lists, out, fmt, overwrite);
        shared.destroy();
        Dataset<Row> written = fmt.equals("parquet") ? spark.read().parquet(out) : spark.read().option("header", true).csv(out);
        long rows = written.count();
        long count = written.select("shopper_id").distinct().count();
        spec.commandLine().getErr().printf(Locale.ROOT, "recommend: top %d of %,d shoppers (%,d rows) over %,d products in %.1f s%n",
                top, count, rows, table.ids().size(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /**
     * The log as scoring reads it: {@code user_id, product_id, type, query, t} (microseconds) and {@code row} (the
     * file order, which breaks ties in time as the workspace's insertion order does); events without a time are left
     * out, as the import rejects them.
     */
    private Dataset<Row> eventLog(Dataset<Row> raw) {
        String user = Tables.require(raw, "--events", events, "user_id", "shopper_id", "visitorid");
        String product = Tables.require(raw, "--events", events, "product_id", "item_id", "itemid");
        String type = Tables.require(raw, "--events", events, "event_type", "type", "event");
        String time = Tables.require(raw, "--events", events, "timestamp", "ts", "time", "event_time");
        String query = Tables.column(raw, "query", "search_query");
        DataType timeType = raw.schema().apply(time).dataType();
        Column t = timeType instanceof NumericType ? col(time).cast(DataTypes.LongType).multiply(1000L)
                : timeType.equals(DataTypes.TimestampType) ? unix_micros(col(time))
                : unix_micros(try_to_timestamp(col(time).cast(DataTypes.StringType)));
        return raw.withColumn("row", monotonically_increasing_id()).select(
                col(user).cast(DataTypes.StringType).as("user_id"),
                col(product).cast(DataTypes.StringType).as("product_id"),
                lower(trim(col(type).cast(DataTypes.StringType))).as("type"),
                (query == null ? org.apache.spark.sql.functions.lit(null) : col(query)).cast(DataTypes.StringType).as("query"),
                t.as("t"), col("row")).filter(col("t").isNotNull());
    }

    /** The most engaged-with products, as the workbench's popular source counts them (ties by id). */
    private static List<String> popular(Dataset<Row> log, Set<String> catalog) {
        return log.filter(col("product_id").isNotNull().and(col("type").isin(ENGAGEMENTS.toArray())))
                .groupBy("product_id").agg(count("*").as("n"))
                .orderBy(col("n").desc(), col("product_id").asc()).limit(ShopScorer.PER_SOURCE)
                .collectAsList().stream().map(r -> r.getString(0)).filter(catalog::contains).toList();
    }
}
