package merchlab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.features.ShopCatalog;
import merchlab.text.ProductVectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The catalog's vectors of one encoder, as {@code encode} writes them, gathered on the driver and broadcast: every
 * executor scores against the whole catalog (one copy per executor, {@code products x dimension x 4} bytes). Products
 * named in {@code outOfStock} cannot be bought now.
 */
record VectorTable(String encoder, int dimension, List<String> ids, float[] matrix, Set<String> outOfStock)
        implements Serializable {
    /** Reads a vectors table ({@code product_id, vector, encoder}), keeping encoder {@code encoder}'s, ordered by id. */
    static VectorTable of(Dataset<Row> table, String option, String path, String encoder) {
        for (String c : new String[] {"product_id", "vector", "encoder"}) {
            Tables.require(table, option, path, c);
        }
        List<Row> rows = new ArrayList<>(table.filter(table.col("encoder").equalTo(encoder))
                .select("product_id", "vector").collectAsList());
        if (rows.isEmpty()) {
            throw new MerchLabException(option + " " + path + " has no vectors of encoder '" + encoder
                    + "', the one the model was trained on: run the encode job with --encoder " + encoder);
        }
        rows.sort(Comparator.comparing(r -> r.getString(0)));
        int d = rows.get(0).getList(1).size();
        float[] matrix = new float[rows.size() * d];
        List<String> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> v = rows.get(i).getList(1);
            if (v.size() != d) {
                throw new MerchLabException(option + " " + path + ": product " + rows.get(i).getString(0) + " has a "
                        + v.size() + "-dimensional vector, the others " + d);
            }
            for (int j = 0; j < d; j++) {
                matrix[i * d + j] = ((Number) v.get(j)).floatValue();
            }
            ids.add(rows.get(i).getString(0));
        }
        return new VectorTable(encoder, d, List.copyOf(ids), matrix, Set.of());
    }

    /** The same vectors, with these products out of stock. */
    VectorTable withOutOfStock(Set<String> products) {
        return new VectorTable(encoder, dimension, ids, matrix, Set.copyOf(products));
    }

    ProductVectors vectors() {
        return new ProductVectors(encoder, dimension, ids, matrix);
    }

    /** The catalog of the vectors' products, in id order as a workspace's, with their stock. */
    ShopCatalog catalog() {
        return new ShopCatalog(ids.stream().map(id -> new Product(id, "", null, null, null, null, null, null,
                outOfStock.contains(id) ? "out_of_stock" : null, null, null, null, null, null, null, null, null))
                .toList());
    }
}
