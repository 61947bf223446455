package merchlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.store.EmbeddingStore;
import merchlab.text.EncodeService;
import merchlab.text.ProductVectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class EncodeJobTest {
    @Test
    void sparkVectorsEqualTheWorkbenchsForEveryProductAndUnchangedOnesAreKept() throws Exception {
        SmallShop shop = SmallShop.get();
        String out = shop.dir.resolve("vectors").toString();
        // the workbench's encoder calls on this shop: the same batches give the same vectors
        String batch = String.valueOf(EncodeService.callSize((int) shop.files.products(), SmallShop.ENCODE_THREADS));
        SmallShop.Result r = SmallShop.run("encode", "--products", shop.files.productsCsv().toString(), "--out", out,
                "--encoder", SmallShop.ENCODER, "--batch", batch);
        assertEquals(0, r.status(), r.err());

        EmbeddingStore store = new EmbeddingStore(shop.workspace);
        ProductVectors workbench = ProductVectors.read(store, SmallShop.ENCODER);
        Map<String, Long> hashes = store.hashes(SmallShop.ENCODER, "product");
        List<Row> rows = shop.spark.read().parquet(out).collectAsList();
        assertEquals(workbench.size(), rows.size());
        double worst = 1;
        for (Row row : rows) {
            String id = row.getString(row.fieldIndex("product_id"));
            float[] expected = workbench.vector(workbench.row(id).orElseThrow());
            List<Object> actual = row.getList(row.fieldIndex("vector"));
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int i = 0; i < expected.length; i++) {
                double x = ((Number) actual.get(i)).doubleValue();
                dot += x * expected[i];
                a += x * x;
                b += expected[i] * expected[i];
            }
            worst = Math.min(worst, dot / Math.sqrt(a * b));
            assertEquals(SmallShop.ENCODER, row.getString(row.fieldIndex("encoder")));
            assertEquals(hashes.get(id), row.getLong(row.fieldIndex("text_hash")), id);
        }
        assertTrue(worst >= 0.9999, "lowest cosine " + worst);

        String again = shop.dir.resolve("vectors-again").toString();
        SmallShop.Result second = SmallShop.run("encode", "--products", shop.files.productsCsv().toString(),
                "--out", again, "--encoder", SmallShop.ENCODER, "--previous", out);
        assertEquals(0, second.status(), second.err());
        assertTrue(second.err().contains("encode: 0 products encoded with zh, " + String.format("%,d", rows.size())
                + " kept from --previous"), second.err());
        Map<String, List<Object>> first = new HashMap<>();
        rows.forEach(row -> first.put(row.getString(0), row.getList(1)));
        for (Row row : shop.spark.read().parquet(again).collectAsList()) {
            assertEquals(first.get(row.getString(0)), row.getList(1));
        }
    }

    @Test
    void aMissingInputPathIsOneLineOnTheDriver() throws Exception {
        SmallShop shop = SmallShop.get();
        String missing = shop.dir.resolve("no-such-feed.csv").toString();
        SmallShop.Result r = SmallShop.run("encode", "--products", missing, "--out", shop.dir.resolve("x").toString());
        assertEquals(1, r.status());
        assertEquals(List.of("merchlab-spark encode: --products " + missing + " does not exist"), r.lines());
    }

    @Test
    void aFeedWithoutTitlesIsOneLineNamingTheColumn() throws Exception {
        SmallShop shop = SmallShop.get();
        java.nio.file.Path feed = java.nio.file.Files.writeString(shop.dir.resolve("ids.csv"), "id,price\nP1,3.00 USD\n");
        SmallShop.Result r = SmallShop.run("encode", "--products", feed.toString(), "--out",
                shop.dir.resolve("x").toString());
        assertEquals(1, r.status());
        assertEquals(List.of("merchlab-spark encode: --products " + feed + " has no title column (a product feed needs "
                + "id and title, named as import knows them; its columns: id, price)"), r.lines());
    }
}
