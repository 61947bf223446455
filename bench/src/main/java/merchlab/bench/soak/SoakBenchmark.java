package merchlab.bench.soak;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import merchlab.CancelToken;
import merchlab.csv.CsvRows;
import merchlab.features.ShopData;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.scoring.ShopExplorer;
import merchlab.search.ProductSearch;
import merchlab.store.ModelStore;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Soak test, not run in CI: several threads ask the desktop's scoring path for recommendations and searches (each
 * with its own explorer, as each desktop window has one) while another thread imports behaviour logs into the same
 * workspace again and again; prints throughput, latency percentiles, errors and heap after GC over time. Each thread
 * first opens search and scoring with one untimed ask; the clock starts when all have.
 *
 * <p>{@code ./merchlab bench-soak WORKSPACE EVENTS_CSV [--minutes M] [--threads N]}; the workspace must be encoded
 * and hold a ranker.
 */
@Command(name = "bench-soak", mixinStandardHelpOptions = true,
        description = "explore and search from several threads while imports run, for minutes")
public final class SoakBenchmark implements Callable<Integer> {
    private static final String[] QUERIES = {"running shoes", "red dress", "phone case", "coffee", "wireless earbuds",
            "yoga mat", "men's jacket", "desk lamp", "green tea", "backpack"};

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "an encoded workspace holding a ranker")
    Path workspace;

    @Parameters(index = "1", paramLabel = "EVENTS_CSV", description = "a behaviour log to import again and again")
    Path events;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "10", description = "default 10")
    double minutes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "3", description = "exploring threads (default 3)")
    int threads;

    @Override
    public Integer call() throws Exception {
        Workspace ws = Workspace.open(workspace);
        List<String> shoppers = shoppers(events);
        CountDownLatch warm = new CountDownLatch(threads);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] own = new long[4_000_000];
            latencies.add(own);
            int seed = t;
            workers.add(new Thread(() -> ask(ws, shoppers, seed, own, warm, stop, errors, failures), "soak-" + t));
        }
        AtomicLong imported = new AtomicLong();
        Thread importer = new Thread(() -> importAgainAndAgain(ws, events, stop, imported, errors, failures), "soak-import");
        workers.forEach(Thread::start);
        warm.await();
        System.out.printf(Locale.ROOT, "warmed up (search and scoring opened by %d threads), heap after GC %,d MB%n",
                threads, heapAfterGc());
        long started = System.nanoTime();
        long deadline = started + (long) (minutes * 60e9);
        importer.start();
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.min(30_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            System.out.printf(Locale.ROOT, "%5.1f min: %,d asks, %,d events imported, %d errors, heap after GC %,d MB%n",
                    (System.nanoTime() - started) / 60e9, count(latencies), imported.get(), errors.get(), heapAfterGc());
        }
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        importer.join();
        report(latencies, (System.nanoTime() - started) / 1e9, threads, errors.get(), imported.get());
        failures.stream().limit(5).forEach(f -> System.out.println("error: " + f));
        return errors.get() == 0 ? 0 : 1;
    }

    private static void ask(Workspace ws, List<String> shoppers, int seed, long[] latencies, CountDownLatch warm,
                            AtomicBoolean stop, AtomicLong errors, ConcurrentLinkedQueue<String> failures) {
        SplittableRandom random = new SplittableRandom(seed);
        try (ShopData data = new ShopData(ws, () -> Encoders.openFor(ws));
             ShopExplorer explorer = new ShopExplorer(data, ModelKinds.installed(), new ModelStore(ws),
                     () -> ProductSearch.open(ws))) {
            explorer.explore(new ShopExplorer.Ask(shoppers.get(0), QUERIES[0], Context.unknown(), null, null,
                    "popularity", 10), CancelToken.none());
            warm.countDown();
            int n = 0;
            while (!stop.get() && n < latencies.length) {
                String shopper = random.nextInt(4) == 0 ? null : shoppers.get(random.nextInt(shoppers.size()));
                String query = shopper == null || random.nextBoolean() ? QUERIES[random.nextInt(QUERIES.length)] : null;
                long t0 = System.nanoTime();
                try {
                    explorer.explore(new ShopExplorer.Ask(shopper, query, Context.unknown(), null, null,
                            "popularity", 10), CancelToken.none());
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    failures.add(e.toString());
                }
                latencies[n++] = System.nanoTime() - t0;
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            failures.add("opening: " + e);
            warm.countDown();
        }
    }

    /** Imports the events file again and again, each round under other shopper ids, so every round adds rows. */
    private static void importAgainAndAgain(Workspace ws, Path events, AtomicBoolean stop, AtomicLong imported,
                                            AtomicLong errors, ConcurrentLinkedQueue<String> failures) {
        ImportService service = new ImportService(ws);
        try {
            List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
            Path round = Files.createTempFile("soak-events", ".csv");
            for (int r = 1; !stop.get(); r++) {
                try (BufferedWriter w = Files.newBufferedWriter(round, StandardCharsets.UTF_8)) {
                    w.write(lines.get(0));
                    w.write('\n');
                    for (String line : lines.subList(1, lines.size())) {
                        w.write(line.replaceFirst("^([^,]*),([^,]*),", "$1,$2-r" + r + ","));
                        w.write('\n');
                    }
                }
                try {
                    imported.addAndGet(service.run(ImportRequest.of(round, DataKind.EVENTS), ImportListener.NONE,
                            CancelToken.none()).accepted());
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    failures.add("import: " + e);
                }
            }
            Files.deleteIfExists(round);
        } catch (IOException e) {
            errors.incrementAndGet();
            failures.add("import: " + e);
        }
    }

    /** The first 2,000 shoppers of the events file (its {@code user_id} column). */
    private static List<String> shoppers(Path events) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        CsvRows.forEach(events, row -> {
            if (found.size() < 2_000 && row.get("user_id") != null) {
                found.add(row.get("user_id"));
            }
        });
        return List.copyOf(found);
    }

    private static long count(List<long[]> latencies) {
        return latencies.stream().mapToLong(a -> Arrays.stream(a).filter(v -> v > 0).count()).sum();
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static void report(List<long[]> latencies, double seconds, int threads, long errors, long imported) {
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        if (all.length == 0) {
            System.out.println("no asks completed");
            return;
        }
        System.out.printf(Locale.ROOT, "%d threads, %.0f s: %,d asks (%.1f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%,d events imported meanwhile; %d errors%n", threads, seconds, all.length, all.length / seconds,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6, imported,
                errors);
    }
}
