package merchlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import merchlab.CancelToken;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.workspace.Workspace;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AggregateJobTest {
    @Test
    void theSampleImportsIntoAWorkspaceWithEveryEventOfItsShoppersAndPriorsCountTheWholeLog() throws Exception {
        SmallShop shop = SmallShop.get();
        Path out = shop.dir.resolve("aggregate");
        SmallShop.Result r = SmallShop.run("aggregate", "--events", shop.files.eventsCsv().toString(), "--products",
                shop.files.productsCsv().toString(), "--out", out.toString(), "--shoppers", "50");
        assertEquals(0, r.status(), r.err());

        Path events = only(out.resolve("events"));
        Path products = only(out.resolve("products"));
        Workspace sample = Workspace.open(shop.dir.resolve("sample.db"));
        ImportService imports = new ImportService(sample);
        ImportReport catalog = imports.run(ImportRequest.of(products, DataKind.CATALOG), ImportListener.NONE,
                CancelToken.none());
        ImportReport log = imports.run(ImportRequest.of(events, DataKind.EVENTS), ImportListener.NONE,
                CancelToken.none());
        assertEquals(0, catalog.rejected());
        assertEquals(0, log.rejected());

        Set<String> shoppers = strings(sample, "SELECT DISTINCT user_id FROM events");
        assertEquals(50, shoppers.size());
        String in = shoppers.stream().map(u -> "'" + u + "'").collect(Collectors.joining(","));
        assertEquals(count(shop.workspace, "SELECT COUNT(*) FROM events WHERE user_id IN (" + in + ")"),
                count(sample, "SELECT COUNT(*) FROM events"));
        assertEquals(strings(sample, "SELECT DISTINCT product_id FROM events WHERE product_id IS NOT NULL"),
                strings(sample, "SELECT id FROM products"));

        List<Row> priors = shop.spark.read().parquet(out.resolve("product_priors").toString()).collectAsList();
        assertEquals(count(shop.workspace, "SELECT COUNT(*) FROM events WHERE type = 'click'"),
                priors.stream().mapToLong(p -> p.getLong(p.fieldIndex("clicks"))).sum());
        assertTrue(shop.spark.read().parquet(out.resolve("cooccurrence").toString()).count() > 0);
    }

    private static Path only(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).toList();
            assertEquals(1, csv.size(), csv.toString());
            return csv.get(0);
        }
    }

    private static long count(Workspace ws, String sql) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(Workspace ws, String sql) throws Exception {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            Set<String> out = new java.util.TreeSet<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
