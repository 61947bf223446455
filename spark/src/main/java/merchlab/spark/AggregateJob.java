package merchlab.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aggregate}: a behaviour log too big for a workspace, down to what one needs to explore the shop: a sample of
 * shoppers with all their events (CSV in the log's own columns, which {@code merchlab import --events} reads), the
 * catalog rows those events name (with {@code --products}), product priors over the whole log and co-occurrence
 * counts over the whole log (Parquet, for analysis beside the workspace).
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "sample shoppers for a workspace; product priors and co-occurrence counts of the whole log")
public final class AggregateJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "PATH", description = "the event log: Parquet, or CSV with a header")
    String events;

    @Option(names = "--products", paramLabel = "PATH", description = "the product feed: its rows that the sample names go to OUT/products")
    String products;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where events/, products/, product_priors/ and cooccurrence/ go")
    String out;

    @Option(names = "--shoppers", paramLabel = "N", description = "shoppers in the sample (default ${DEFAULT-VALUE})")
    int shoppers = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "chooses the sample: the same seed, the same shoppers (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--window", paramLabel = "W", description = "products within W engagements of each other co-occur (default ${DEFAULT-VALUE})")
    int window = 5;

    @Option(names = "--neighbours", paramLabel = "K", description = "co-occurring products kept per product (default ${DEFAULT-VALUE})")
    int neighbours = 20;

    @Option(names = "--overwrite", description = "replace --out when it exists")
    boolean overwrite;

    /** For {@code spark-submit --class merchlab.spark.AggregateJob}. */
    public static void main(String... args) {
        SparkJobs.main(EncodeJob.prepend("aggregate", args));
    }

    @Override
    public Integer call() {
        if (shoppers < 1 || window < 1 || neighbours < 1) {
            throw new MerchLabException("--shoppers, --window and --neighbours must be at least 1");
        }
        SparkSession spark = Sessions.get("aggregate");
        Tables.checkOutput(spark, out, overwrite);
        long started = System.nanoTime();
        Dataset<Row> raw = Tables.read(spark, "--events", events).withColumn("_row", monotonically_increasing_id());
        Dataset<Row> feed = products == null ? null : Tables.read(spark, "--products", products);
        String feedId = feed == null ? null : Tables.require(feed, "--products", products, "id", "product_id", "item_id");
        Dataset<Row> log = ShopperLog.read(spark, "--events", events);
        String user = Tables.require(raw, "--events", events, "user_id", "shopper_id", "visitorid");
        String product = Tables.require(raw, "--events", events, "product_id", "item_id", "itemid");

        // The sample: the shoppers whose seeded hash is smallest, every event of theirs, in the log's order.
        Dataset<Row> chosen = log.select("user_id").filter(col("user_id").isNotNull()).distinct()
                .orderBy(xxhash64(lit(seed), col("user_id")), col("user_id")).limit(shoppers);
        Dataset<Row> sample = raw.join(broadcast(chosen), raw.col(user).cast("string").equalTo(chosen.col("user_id")),
                "left_semi").orderBy("_row").drop("_row");
        Tables.write(sample.coalesce(1), out + "/events", "csv");
        long sampled = spark.read().option("header", true).csv(out + "/events").count();
        if (feed != null) {
            Dataset<Row> named = sample.select(col(product).cast("string").as("named")).distinct();
            Tables.write(feed.join(named, feed.col(feedId).cast("string").equalTo(named.col("named")), "left_semi")
                    .coalesce(1), out + "/products", "csv");
        }

        Tables.write(priors(log), out + "/product_priors", "parquet");
        Tables.write(cooccurrence(log), out + "/cooccurrence", "parquet");
        spec.commandLine().getErr().printf(Locale.ROOT, "aggregate: %,d events of %,d shoppers sampled; product priors "
                + "and co-occurrence counts of the whole log; in %.1f s%n", sampled,
                spark.read().option("header", true).csv(out + "/events").select(user).distinct().count(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Per product: events of each type, distinct shoppers, and the click-through rate of its impressions. */
    private static Dataset<Row> priors(Dataset<Row> log) {
        List<Column> counts = new ArrayList<>();
        for (EventType t : EventType.values()) {
            if (t != EventType.SEARCH) {
                counts.add(sum(when(col("type").equalTo(t.code()), 1L).otherwise(0L)).as(t.code() + "s"));
            }
        }
        counts.add(countDistinct("user_id").as("shoppers"));
        return log.filter(col("product_id").isNotNull()).groupBy("product_id")
                .agg(counts.get(0), counts.subList(1, counts.size()).toArray(new Column[0]))
                .withColumn("ctr", when(col("impressions").gt(0), col("clicks").divide(col("impressions"))));
    }

    /**
     * Pairs of different products a shopper engaged with within {@code --window} engagements of each other, counted
     * both ways over the whole log; the {@code --neighbours} most frequent per product.
     */
    private Dataset<Row> cooccurrence(Dataset<Row> log) {
        int w = window;
        Dataset<Row> pairs = ShopperLog.byShopper(log.filter(col("type").isin(EventType.CLICK.code(),
                        EventType.VIEW.code(), EventType.ADD_TO_CART.code(), EventType.PURCHASE.code())),
                log.sparkSession().sparkContext().defaultParallelism())
                .flatMap((FlatMapFunction<Row, Row>) r -> ShopperHistory.pairs(r.getList(1), w).iterator(),
                        Encoders.row(ShopperHistory.PAIRS));
        return pairs.groupBy("product_id", "other_id").agg(count("*").as("count"))
                .withColumn("rank", row_number().over(Window.partitionBy("product_id")
                        .orderBy(col("count").desc(), col("other_id"))))
                .filter(col("rank").leq(neighbours)).drop("rank");
    }
}
