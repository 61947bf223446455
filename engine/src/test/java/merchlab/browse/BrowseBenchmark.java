package merchlab.browse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import merchlab.fixtures.SeededShop;

/**
 * How long the Data screen's reads take on a large workspace: one page of 200 rows (sorted, filtered, deep in the
 * table) and the summary figures. Prints the median of five runs of each, in milliseconds.
 *
 * <p>Run: {@code java -cp "engine/target/classes:engine/target/test-classes:$(cat cp.txt)" merchlab.browse.BrowseBenchmark
 * [products] [events]} (defaults 100,000 and 1,000,000).
 */
public final class BrowseBenchmark {
    private BrowseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("merchlab-browse-bench");
        long t0 = System.nanoTime();
        merchlab.workspace.Workspace workspace = SeededShop.create(dir.resolve("bench.db"), products, events, 20_000);
        DataBrowser browser = new DataBrowser(workspace);
        System.out.printf(Locale.ROOT, "workspace: %,d products, %,d events, written in %.1f s%n", products, events,
                (System.nanoTime() - t0) / 1e9);
        PageRequest first = PageRequest.first(200);
        time("products, first page", () -> browser.products(first));
        time("products, sorted by price", () -> browser.products(first.withSort("price", false)));
        time("products, filtered 'trail shoe'", () -> browser.products(first.withFilter("trail shoe")));
        time("events, first page by time", () -> browser.events(first));
        time("events, page at the middle", () -> browser.events(first.withOffset(events / 2)));
        time("events, filtered by shopper 'u1234'", () -> browser.events(first.withFilter("u1234")));
        time("summary figures (WorkspaceSummary)", () -> merchlab.workspace.WorkspaceSummary.of(workspace));
        time("import history", () -> browser.imports(50));
        for (Path p : Files.list(dir).toList()) {
            Files.delete(p);
        }
        Files.delete(dir);
    }

    private static void time(String what, Supplier<?> read) {
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-40s median %5d ms (min %d, max %d)%n", what, ms[2], ms[0], ms[4]);
    }
}
