package merchlab.browse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.Rejection;
import merchlab.workspace.Workspace;

/**
 * A small but honest importer for tests of screens: reads {@code id,title,brand,price} CSV files into products,
 * rejects rows with a missing id or a bad price, checks the cancel token every {@code batch} rows and records a
 * report with its rejected rows, as the real importers do.
 */
public final class TestCatalogImporter {
    public static final String FORMAT = "test-products-csv";
    private final int batch;

    public TestCatalogImporter(int batch) {
        this.batch = batch;
    }

    /** The header and first ten rows of {@code file}. */
    public ImportPreview preview(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty() || !lines.get(0).startsWith("id,")) {
            throw new MerchLabException(file.getFileName() + " has no header row starting with id");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, Math.min(lines.size(), 11))) {
            rows.add(Arrays.asList(line.split(",", -1)));
        }
        return new ImportPreview(FORMAT, Arrays.asList(lines.get(0).split(",")), rows);
    }

    /** Imports {@code request}'s file into {@code workspace}. */
    public ImportReport run(Workspace workspace, ImportRequest request, ImportListener listener, CancelToken cancel) {
        List<String> lines = lines(request.file());
        if (lines.isEmpty() || !lines.get(0).startsWith("id,")) {
            throw new MerchLabException(request.file().getFileName() + " has no header row starting with id");
        }
        String name = request.file().getFileName().toString();
        List<Rejection> rejected = new ArrayList<>();
        long accepted = 0;
        long started = System.currentTimeMillis();
        String status = "completed";
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO products(id, title, brand, price, "
                    + "currency, updated_at) VALUES (?, ?, ?, ?, 'USD', ?)")) {
                for (int i = 1; i < lines.size(); i++) {
                    if (i % batch == 0) {
                        ps.executeBatch();
                        c.commit();
                        listener.progress(i, (long) i * 20, lines.size() * 20L);
                        if (cancel.isCancelled()) {
                            status = "cancelled";
                            break;
                        }
                    }
                    String[] f = lines.get(i).split(",", -1);
                    if (f.length < 4 || f[0].isBlank()) {
                        rejected.add(new Rejection(name, i + 1, "missing id"));
                        continue;
                    }
                    try {
                        ps.setDouble(4, Double.parseDouble(f[3]));
                    } catch (NumberFormatException e) {
                        rejected.add(new Rejection(name, i + 1, "price '" + f[3] + "' is not a number"));
                        continue;
                    }
                    ps.setString(1, f[0]);
                    ps.setString(2, f[1]);
                    ps.setString(3, f[2]);
                    ps.setLong(5, started);
                    ps.addBatch();
                    accepted++;
                }
                ps.executeBatch();
            }
            long id = record(c, name, status, accepted, rejected, started);
            c.commit();
            return new ImportReport(id, name, FORMAT, status, accepted, rejected.size(), rejected,
                    (System.currentTimeMillis() - started) / 1000.0);
        } catch (SQLException e) {
            throw new MerchLabException("cannot import " + name + ": " + e.getMessage(), e);
        }
    }

    private static long record(Connection c, String name, String status, long accepted, List<Rejection> rejected,
                               long started) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_reports(file, format, started_at, "
                + "finished_at, status, accepted, rejected) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, FORMAT);
            ps.setLong(3, started);
            ps.setLong(4, System.currentTimeMillis());
            ps.setString(5, status);
            ps.setLong(6, accepted);
            ps.setLong(7, rejected.size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_rejections(report_id, file, line, reason) VALUES (?, ?, ?, ?)")) {
            for (Rejection r : rejected) {
                ps.setLong(1, id);
                ps.setString(2, r.file());
                ps.setLong(3, r.line());
                ps.setString(4, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private static List<String> lines(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return in.lines().toList();
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Writes a products CSV with {@code rows} good rows, then one row with a bad price and one without an id. */
    public static Path writeCatalog(Path file, String prefix, int rows) {
        StringBuilder text = new StringBuilder("id,title,brand,price\n");
        for (int i = 1; i <= rows; i++) {
            text.append(prefix).append(i).append(",Imported Lamp ").append(i).append(",Lumen,").append(10 + i)
                    .append(".50\n");
        }
        text.append(prefix).append("bad,Broken Price,Lumen,abc\n");
        text.append(",No Id,Lumen,3.00\n");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
