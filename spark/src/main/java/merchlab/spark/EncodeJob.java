package merchlab.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import merchlab.MerchLabException;
import merchlab.importer.format.MerchantFeed;
import merchlab.text.EncodeService;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code encode}: a product feed (Parquet or CSV, the Merchant Center columns the workbench imports) to text vectors,
 * with the workbench's encoder and text preparation, written as Parquet {@code product_id, vector, encoder,
 * text_hash}. With {@code --previous}, products whose text is unchanged keep their earlier vector without encoding.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "embed a product feed's texts with the workbench's encoder, one encoder per executor")
public final class EncodeJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--products", required = true, paramLabel = "PATH", description = "the product feed: Parquet, or CSV with a header")
    String products;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "where the vectors go (Parquet)")
    String out;

    @Option(names = "--encoder", paramLabel = "NAME", description = "en (all-MiniLM-L6-v2) or zh (bge-small-zh-v1.5); default ${DEFAULT-VALUE}")
    String encoder = "en";

    @Option(names = "--previous", paramLabel = "PATH", description = "an earlier run's output: unchanged products keep their vectors")
    String previous;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions to encode in (default: the cluster's parallelism)")
    Integer partitions;

    @Option(names = "--batch", paramLabel = "N", description = "texts per encoder call (default ${DEFAULT-VALUE}, the "
            + "workbench's for a catalog of more than 2,048 products per core)")
    int batch = EncodeService.BATCH;

    @Option(names = "--overwrite", description = "replace --out when it exists")
    boolean overwrite;

    /** For {@code spark-submit --class merchlab.spark.EncodeJob}. */
    public static void main(String... args) {
        SparkJobs.main(prepend("encode", args));
    }

    @Override
    public Integer call() {
        String name = encoder.strip().toLowerCase(Locale.ROOT);
        ProductEncoding.check(name, "the driver");
        if (batch < 1 || partitions != null && partitions < 1) {
            throw new MerchLabException("--batch and --partitions must be at least 1");
        }
        SparkSession spark = Sessions.get("encode");
        Tables.checkOutput(spark, out, overwrite);
        long started = System.nanoTime();
        Dataset<Row> feed = Tables.read(spark, "--products", products);
        Set<String> fields = Arrays.stream(feed.columns()).map(MerchantFeed::field).collect(Collectors.toSet());
        for (String needed : List.of("id", "title")) {
            if (!fields.contains(needed)) {
                throw new MerchLabException("--products " + products + " has no " + needed + " column (a product feed "
                        + "needs id and title, named as import knows them; its columns: "
                        + String.join(", ", feed.columns()) + ")");
            }
        }
        LongAccumulator rejected = spark.sparkContext().longAccumulator("rows without id or title");
        LongAccumulator encoded = spark.sparkContext().longAccumulator("products encoded");
        Dataset<Row> texts = feed.flatMap((FlatMapFunction<Row, Row>) r -> {
            Row t = ProductEncoding.text(r);
            if (t == null) {
                rejected.add(1);
                return Collections.emptyIterator();
            }
            return List.of(t).iterator();
        }, Encoders.row(ProductEncoding.TEXTS)).cache(); // read once: the sort samples it, the calls number it
        Dataset<Row> kept = null;
        if (previous != null) {
            Dataset<Row> earlier = Tables.read(spark, "--previous", previous);
            for (String c : ProductEncoding.VECTORS.fieldNames()) {
                Tables.require(earlier, "--previous", previous, c);
            }
            earlier = earlier.filter(col("encoder").equalTo(lit(name))).select("product_id", "text_hash", "vector");
            String[] key = {"product_id", "text_hash"};
            kept = texts.join(earlier, key, "inner")
                    .select(col("product_id"), col("vector"), lit(name).as("encoder"), col("text_hash"));
            texts = texts.join(earlier, key, "left_anti");
        }
        int n = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
        long perCall = batch;
        // The workbench's calls: every text to embed sorted by length then id, cut into runs of --batch texts.
        JavaRDD<Row> numbered = texts.orderBy(col("length"), col("product_id")).javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1().getString(0), t._1().getString(1), t._1().getLong(2),
                        t._1().getInt(3), t._2() / perCall));
        Dataset<Row> vectors = spark.createDataFrame(numbered, ProductEncoding.BATCHED).repartition(n, col("batch"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
                    List<Row> done = ProductEncoding.encode(rows, name);
                    encoded.add(done.size());
                    return done.iterator();
                }, Encoders.row(ProductEncoding.VECTORS));
        Dataset<Row> all = kept == null ? vectors : vectors.unionByName(kept);
        Tables.write(all, out, "parquet");
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getErr().printf(Locale.ROOT, "encode: %,d products encoded with %s, %,d kept from --previous, %,d rows without "
                        + "id or title skipped, in %.1f s (%.0f products/s)%n", encoded.value(), name,
                kept == null ? 0 : spark.read().parquet(out).count() - encoded.value(), rejected.value(), seconds,
                encoded.value() / seconds);
        return 0;
    }

    static String[] prepend(String job, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = job;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
