package merchlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import merchlab.store.ModelFile;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecommendJobTest {
    private static SmallShop shop;
    private static String vectors;

    @BeforeAll
    static void shop() throws Exception {
        shop = SmallShop.get();
        vectors = shop.workspaceVectors();
    }

    private record Item(String product, double score) {
    }

    @Test
    void sparkListsEqualRecommendAllForEveryShopper() throws Exception {
        String out = shop.dir.resolve("lists").toString();
        SmallShop.Result r = SmallShop.run("recommend", "--model", shop.sequenceModel.toString(),
                "--related", shop.relatedModel.toString(), "--events", shop.files.eventsCsv().toString(),
                "--vectors", vectors, "--products", shop.files.productsCsv().toString(), "--out", out,
                "--format", "csv");
        assertEquals(0, r.status(), r.err());

        Map<String, List<Item>> expected = new TreeMap<>();
        try (Connection c = shop.workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, product_id, score FROM recommendations WHERE model = 'sequence' ORDER BY user_id, rank");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                expected.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(new Item(rs.getString(2),
                        rs.getDouble(3)));
            }
        }
        Map<String, List<Item>> actual = new TreeMap<>();
        for (Row row : shop.spark.read().option("header", true).option("inferSchema", true).csv(out)
                .orderBy("shopper_id", "rank").collectAsList()) {
            actual.computeIfAbsent(row.getString(0), u -> new ArrayList<>()).add(new Item(row.getString(2),
                    ((Number) row.get(3)).doubleValue()));
        }
        assertTrue(expected.size() >= 400, "shoppers scored by recommend --all: " + expected.size());
        Set<String> outOfStock = new HashSet<>();
        try (Connection c = shop.workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM products WHERE availability = 'out_of_stock'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                outOfStock.add(rs.getString(1));
            }
        }
        assertFalse(outOfStock.isEmpty(), "the small shop has products out of stock");
        assertTrue(actual.values().stream().flatMap(List::stream).noneMatch(i -> outOfStock.contains(i.product())),
                "no list offers a product out of stock");
        assertEquals(expected.keySet(), actual.keySet());
        for (String shopper : expected.keySet()) {
            List<Item> e = expected.get(shopper);
            List<Item> a = actual.get(shopper);
            assertEquals(e.stream().map(Item::product).toList(), a.stream().map(Item::product).toList(), shopper);
            for (int i = 0; i < e.size(); i++) {
                assertEquals(e.get(i).score(), a.get(i).score(), 1e-5, shopper + " rank " + (i + 1));
            }
        }
    }

    @Test
    void aModelFromANewerMerchLabIsRefusedOnTheDriverInOneLine() throws Exception {
        String text = Files.readString(shop.sequenceModel, StandardCharsets.UTF_8)
                .replace("\"version\":" + ModelFile.VERSION, "\"version\":" + (ModelFile.VERSION + 1));
        Path newer = Files.writeString(shop.dir.resolve("newer.model.json"), text);
        SmallShop.Result r = SmallShop.run("recommend", "--model", newer.toString(), "--events",
                shop.files.eventsCsv().toString(), "--vectors", vectors, "--out", shop.dir.resolve("no").toString());
        assertEquals(1, r.status());
        assertEquals(List.of("merchlab-spark recommend: " + newer + " was exported by a newer MerchLab (model format "
                + "version 2; this one reads up to 1): upgrade MerchLab to use it"), r.lines());
    }

    @Test
    void eventsWithoutTheNeededColumnsAreOneLine() throws Exception {
        Path products = shop.files.productsCsv();
        SmallShop.Result r = SmallShop.run("recommend", "--model", shop.sequenceModel.toString(), "--events",
                products.toString(), "--vectors", vectors, "--out", shop.dir.resolve("no").toString());
        assertEquals(1, r.status());
        assertEquals(1, r.lines().size(), r.err());
        assertTrue(r.err().startsWith("merchlab-spark recommend: --events " + products + " has no column user_id or "
                + "shopper_id or visitorid (its columns: id, title,"), r.err());
    }

    @Test
    void aModelOfAnotherKindIsRefusedWithWhereToScoreIt() throws Exception {
        SmallShop.Result r = SmallShop.run("recommend", "--model", shop.relatedModel.toString(), "--events",
                shop.files.eventsCsv().toString(), "--vectors", vectors, "--out", shop.dir.resolve("no").toString());
        assertEquals(1, r.status());
        assertEquals(List.of("merchlab-spark recommend: --model " + shop.relatedModel + " is a cooccurrence model; the "
                + "Spark jobs score sequence models (the others read the whole workspace: use merchlab recommend --all "
                + "or merchlab evaluate)"), r.lines());
    }
}
