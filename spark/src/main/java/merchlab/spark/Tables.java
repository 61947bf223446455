package merchlab.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import merchlab.MerchLabException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The jobs' inputs and outputs on any file system Spark reaches (local, HDFS, S3 ...): Parquet or CSV tables, found
 * by name (a {@code .csv} or {@code .tsv} file, or a folder of them, is CSV; anything else Parquet), checked on the
 * driver before any partition runs.
 */
final class Tables {
    private Tables() {
    }

    /** Reads a table; a missing path is a one-line error naming the option. */
    static Dataset<Row> read(SparkSession spark, String option, String path) {
        requireExists(spark, option, path);
        return isCsv(spark, path) ? spark.read().option("header", true).option("multiLine", true)
                .option("escape", "\"").option("sep", path.toLowerCase(Locale.ROOT).endsWith(".tsv") ? "\t" : ",")
                .csv(path) : spark.read().parquet(path);
    }

    /** The first of {@code names} that the table has (compared ignoring case), or null. */
    static String column(Dataset<Row> table, String... names) {
        for (String n : names) {
            for (String c : table.columns()) {
                if (c.equalsIgnoreCase(n)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Like {@link #column} but a table without any of {@code names} is a one-line error. */
    static String require(Dataset<Row> table, String option, String path, String... names) {
        String c = column(table, names);
        if (c == null) {
            throw new MerchLabException(option + " " + path + " has no column " + String.join(" or ", names)
                    + " (its columns: " + String.join(", ", table.columns()) + ")");
        }
        return c;
    }

    /** Checks, before any work, that {@code --out} may be written: absent, or to be replaced. */
    static void checkOutput(SparkSession spark, String path, boolean overwrite) {
        if (!overwrite && exists(spark, path)) {
            throw new MerchLabException("--out " + path + " exists already: pass --overwrite to replace it");
        }
    }

    /** Writes a table as Parquet or CSV (with a header), replacing what is there ({@link #checkOutput} asked first). */
    static void write(Dataset<Row> table, String path, String format) {
        var writer = table.write().mode(SaveMode.Overwrite);
        switch (format) {
            case "parquet" -> writer.parquet(path);
            case "csv" -> writer.option("header", true).option("escape", "\"")
                    .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX").csv(path);
            default -> throw new MerchLabException("--format must be parquet or csv, not '" + format + "'");
        }
    }

    /** The bytes of one (small) file, for example an exported model. */
    static byte[] bytes(SparkSession spark, String option, String path) {
        requireExists(spark, option, path);
        try (InputStream in = fileSystem(spark, path).open(new Path(path))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + option + " " + path + ": " + e.getMessage(), e);
        }
    }

    static boolean exists(SparkSession spark, String path) {
        try {
            return fileSystem(spark, path).exists(new Path(path));
        } catch (IOException e) {
            throw new MerchLabException("cannot reach " + path + ": " + e.getMessage(), e);
        }
    }

    private static void requireExists(SparkSession spark, String option, String path) {
        if (!exists(spark, path)) {
            throw new MerchLabException(option + " " + path + " does not exist");
        }
    }

    private static boolean isCsv(SparkSession spark, String path) {
        if (csvName(path)) {
            return true;
        }
        try {
            FileSystem fs = fileSystem(spark, path);
            Path p = new Path(path);
            if (!fs.getFileStatus(p).isDirectory()) {
                return false;
            }
            List<String> names = new ArrayList<>();
            Arrays.stream(fs.listStatus(p)).map(FileStatus::getPath).map(Path::getName)
                    .filter(n -> !n.startsWith("_") && !n.startsWith(".")).forEach(names::add);
            return !names.isEmpty() && names.stream().allMatch(Tables::csvName);
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean csvName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    private static FileSystem fileSystem(SparkSession spark, String path) throws IOException {
        return new Path(path).getFileSystem(spark.sparkContext().hadoopConfiguration());
    }
}
