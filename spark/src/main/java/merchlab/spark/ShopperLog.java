package merchlab.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.unix_micros;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;

/**
 * An event log as the jobs read it (Parquet or CSV with the workbench's {@code events-csv} columns), and the same log
 * gathered per shopper for the executors.
 */
final class ShopperLog {
    private ShopperLog() {
    }

    /**
     * The log as scoring reads it: {@code user_id, product_id, type, query, t} (microseconds) and {@code row} (the file
     * order, which breaks ties in time as the workspace's insertion order does); events without a readable time are
     * left out, as the import rejects them. A log without the needed columns is a one-line error.
     */
    static Dataset<Row> read(SparkSession spark, String option, String path) {
        Dataset<Row> raw = Tables.read(spark, option, path);
        String user = Tables.require(raw, option, path, "user_id", "shopper_id", "visitorid");
        String product = Tables.require(raw, option, path, "product_id", "item_id", "itemid");
        String type = Tables.require(raw, option, path, "event_type", "type", "event");
        String time = Tables.require(raw, option, path, "timestamp", "ts", "time", "event_time");
        String query = Tables.column(raw, "query", "search_query");
        DataType timeType = raw.schema().apply(time).dataType();
        Column t = timeType instanceof NumericType ? col(time).cast(DataTypes.LongType).multiply(1000L)
                : timeType.equals(DataTypes.TimestampType) ? unix_micros(col(time))
                : unix_micros(try_to_timestamp(col(time).cast(DataTypes.StringType)));
        return raw.withColumn("row", monotonically_increasing_id()).select(
                col(user).cast(DataTypes.StringType).as("user_id"),
                col(product).cast(DataTypes.StringType).as("product_id"),
                lower(trim(col(type).cast(DataTypes.StringType))).as("type"),
                (query == null ? lit(null) : col(query)).cast(DataTypes.StringType).as("query"),
                t.as("t"), col("row")).filter(col("t").isNotNull());
    }

    /** One row per shopper: {@code user_id} and {@code events}, a list of {@code (t, row, type, product_id, query)}. */
    static Dataset<Row> byShopper(Dataset<Row> log, int partitions) {
        return log.filter(col("user_id").isNotNull()).groupBy("user_id")
                .agg(collect_list(struct("t", "row", "type", "product_id", "query")).as("events"))
                .repartition(partitions, col("user_id"));
    }
}
