package merchlab.importer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import merchlab.CancelToken;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.workspace.Workspace;

/**
 * The import speed benchmark: writes a seeded events CSV, then imports it side by side with the {@code sqlite3}
 * shell's {@code .import} into a plain table and with MerchLab into a fresh, indexed workspace, and prints both times,
 * their ratio and events per second. As a reference it also times the shell's {@code .import} followed by building the
 * same two indexes the workspace has on its events. Usage: {@code ImportBenchmark [events] [rounds] [folder]}; each round runs both,
 * and the best round of each counts.
 */
public final class ImportBenchmark {
    /** The workspace's two event indexes, on the shell's plain table, for the indexed reference. */
    private static final String INDEXES = "CREATE INDEX events_user_ts ON events(user_id, timestamp); "
            + "CREATE INDEX events_product ON events(product_id);";

    /**
     * SQLite's own share of an indexed import, as a floor: the shell's plain table copied into a table typed like the
     * workspace's events (same columns, 16 KiB pages, WAL) in one statement, then the two indexes built; no parsing,
     * no validation, no binding, one transaction.
     */
    private static final String FLOOR = "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; "
            + "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; ATTACH '%s' AS src; "
            + "CREATE TABLE events (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, user_id TEXT, session_id TEXT, "
            + "type TEXT NOT NULL, product_id TEXT, query TEXT, position INTEGER, device TEXT, dwell_ms INTEGER, "
            + "price REAL, quantity INTEGER, request_id TEXT, true_ctr REAL); "
            + "INSERT OR IGNORE INTO events SELECT rowid << 20, 1709251200000 + rowid * 997, user_id, "
            + "NULLIF(session_id, ''), event_type, NULLIF(product_id, ''), NULLIF(query, ''), "
            + "CAST(NULLIF(position, '') AS INTEGER), NULLIF(device, ''), CAST(NULLIF(dwell_ms, '') AS INTEGER), "
            + "CAST(NULLIF(price, '') AS REAL), CAST(NULLIF(quantity, '') AS INTEGER), NULLIF(request_id, ''), "
            + "CAST(NULLIF(true_click_probability, '') AS REAL) FROM src.events; "
            + "PRAGMA cache_size = -2000; CREATE INDEX events_user_ts ON events(user_id, ts); "
            + "CREATE INDEX events_product ON events(product_id);";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("merchlab-bench");
        Files.createDirectories(dir);
        Path csv = dir.resolve("events-" + events + ".csv");
        if (!Files.exists(csv)) {
            SyntheticEventsCsv.write(csv, events, 42);
        }
        System.out.printf(Locale.ROOT, "file: %s, %d events, %.1f MB; %d CPU cores%n", csv, events,
                Files.size(csv) / 1e6, Runtime.getRuntime().availableProcessors());
        double bestShell = Double.MAX_VALUE;
        double bestIndexed = Double.MAX_VALUE;
        double bestOurs = Double.MAX_VALUE;
        double bestFloor = Double.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            double[] shell = sqliteShell(csv, dir.resolve("plain.db"), "");
            double[] indexed = sqliteShell(csv, dir.resolve("plain.db"),
                    " && /usr/bin/sqlite3 '" + dir.resolve("plain.db") + "' '" + INDEXES + "'");
            Path floorDb = dir.resolve("floor.db");
            delete(floorDb);
            double[] floor = shell("/usr/bin/sqlite3 '" + floorDb + "' \"" + String.format(FLOOR, dir.resolve("plain.db"))
                    + "\" > /dev/null");
            double[] ours = merchlab(csv, dir.resolve("workspace.db"), events);
            System.out.printf(Locale.ROOT, "round %d (load %s): sqlite3 .import %.2f s (cpu %.2f s) | sqlite3 .import + "
                    + "the two event indexes %.2f s (cpu %.2f s) | SQLite alone: typed rows + indexes %.2f s (cpu %.2f s) "
                    + "| merchlab import %.2f s (cpu %.2f s) | ratio %.2f (SQLite alone %.2f), to the indexed reference "
                    + "%.2f | %,.0f events/s%n", round, load(), shell[0], shell[1], indexed[0], indexed[1], floor[0],
                    floor[1], ours[0], ours[1], ours[0] / shell[0], floor[0] / shell[0], ours[0] / indexed[0],
                    events / ours[0]);
            bestShell = Math.min(bestShell, shell[0]);
            bestIndexed = Math.min(bestIndexed, indexed[0]);
            bestOurs = Math.min(bestOurs, ours[0]);
            bestFloor = Math.min(bestFloor, floor[0]);
        }
        System.out.printf(Locale.ROOT, "best: sqlite3 .import %.2f s, sqlite3 .import + indexes %.2f s, SQLite alone "
                + "%.2f s, merchlab %.2f s; ratio %.2f (target <= 1.5; SQLite alone %.2f), to the indexed reference %.2f; "
                + "%,.0f events/s (target >= 300,000)%n", bestShell, bestIndexed, bestFloor, bestOurs,
                bestOurs / bestShell, bestFloor / bestShell, bestOurs / bestIndexed, events / bestOurs);
    }

    /**
     * Wall and CPU seconds of {@code sqlite3 -csv DB ".import FILE events"} into a new plain table, followed by
     * {@code then} (a further shell command, or nothing).
     */
    private static double[] sqliteShell(Path csv, Path db, String then) throws IOException, InterruptedException {
        delete(db);
        return shell("/usr/bin/sqlite3 -csv '" + db + "' '.import " + csv + " events'" + then);
    }

    /** The machine's load average over the last minute, as the kernel reports it. */
    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** Wall and CPU seconds (user + system, of the children) of a bash command line. */
    private static double[] shell(String command) throws IOException, InterruptedException {
        String script = command + " && times";
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("sqlite3 failed with status " + rc + ": " + out);
        }
        String[] lines = out.strip().split("\n");
        String[] children = lines[lines.length - 1].strip().split("\\s+");
        return new double[] {wall, seconds(children[0]) + seconds(children[1])};
    }

    /** Seconds of a bash {@code times} value such as {@code 0m3.770s}. */
    private static double seconds(String value) {
        int m = value.indexOf('m');
        return Double.parseDouble(value.substring(0, m)) * 60
                + Double.parseDouble(value.substring(m + 1, value.length() - 1));
    }

    private static double[] merchlab(Path csv, Path db, int events) throws Exception {
        delete(db);
        Workspace ws = Workspace.open(db);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ImportReport report = new ImportService(ws).run(ImportRequest.of(csv, DataKind.EVENTS), ImportListener.NONE,
                CancelToken.none());
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        try (Connection c = ws.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
            rs.next();
            if (rs.getLong(1) != events || report.accepted() != events) {
                throw new IllegalStateException("imported " + rs.getLong(1) + " events of " + events + ": " + report);
            }
        }
        return new double[] {wall, cpu};
    }

    private static void delete(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
