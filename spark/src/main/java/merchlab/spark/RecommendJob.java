package merchlab.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import merchlab.MerchLabException;
import merchlab.behaviour.EventType;
import merchlab.catalog.Product;
import merchlab.scoring.ShopScorer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
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

    @Option(names = "--products", paramLabel = "PATH", description = "the product feed (as for encode): products "
            + "its availability marks as not in stock are left out, as the workbench leaves them out")
    String products;

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

    /** The ids of {@code --products}' products that cannot be bought now; none without it or its availability column. */
    private Set<String> outOfStock(SparkSession spark) {
        if (products == null) {
            return Set.of();
        }
        Dataset<Row> feed = Tables.read(spark, "--products", products);
        String id = Tables.require(feed, "--products", products, "id", "product_id", "item_id");
        if (!List.of(feed.columns()).contains("availability")) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Row r : feed.select(col(id).cast("string"), col("availability")).collectAsList()) {
            if (!r.isNullAt(0) && !Product.isInStock(r.isNullAt(1) ? null : r.get(1).toString())) {
                out.add(r.getString(0));
            }
        }
        return out;
    }

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
        Tables.checkOutput(spark, out, overwrite);
        long started = System.nanoTime();
        ExportedModel sequence = ExportedModel.sequence(spark, "--model", model);
        byte[] relatedBytes = related == null ? null : ExportedModel.cooccurrence(spark, "--related", related).bytes();
        VectorTable table = VectorTable.of(Tables.read(spark, "--vectors", vectors), "--vectors", vectors,
                sequence.encoder()).withOutOfStock(outOfStock(spark));
        Dataset<Row> log = ShopperLog.read(spark, "--events", events);
        List<String> popular = popular(log, new HashSet<>(table.ids()));

        ShopperScoring.Setup setup = new ShopperScoring.Setup(UUID.randomUUID().toString(), sequence.bytes(), relatedBytes,
                popular, table, top);
        Broadcast<ShopperScoring.Setup> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(setup);
        int n = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
        Dataset<Row> shoppers = ShopperLog.byShopper(log, n);
        LongAccumulator scored = spark.sparkContext().longAccumulator("shoppers");
        LongAccumulator rows = spark.sparkContext().longAccumulator("rows");
        Dataset<Row> lists = shoppers.mapPartitions((MapPartitionsFunction<Row, Row>) part -> {
            ShopperScoring.Lists done = ShopperScoring.rank(part, shared.value());
            scored.add(done.shoppers());
            rows.add(done.rows().size());
            return done.rows().iterator();
        }, Encoders.row(ShopperScoring.LISTS));
        Tables.write(lists, out, fmt);
        shared.destroy();
        spec.commandLine().getErr().printf(Locale.ROOT, "recommend: top %d of %,d shoppers (%,d rows) over %,d "
                + "products in %.1f s%n", top, scored.value(), rows.value(), table.ids().size(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** The most engaged-with products, as the workbench's popular source counts them (ties by id). */
    private static List<String> popular(Dataset<Row> log, Set<String> catalog) {
        return log.filter(col("product_id").isNotNull().and(col("type").isin(ENGAGEMENTS.toArray())))
                .groupBy("product_id").agg(count("*").as("n"))
                .orderBy(col("n").desc(), col("product_id").asc()).limit(ShopScorer.PER_SOURCE)
                .collectAsList().stream().map(r -> r.getString(0)).filter(catalog::contains).toList();
    }
}
