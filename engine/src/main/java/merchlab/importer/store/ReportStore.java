package merchlab.importer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.importer.ImportDetails;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRun;
import merchlab.importer.Rejection;
import merchlab.importer.read.SourceLines;
import merchlab.workspace.Workspace;

/** The {@code import_reports} and {@code import_rejections} tables: one report per imported file. */
public final class ReportStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    public ReportStore(Connection c) {
        this.c = c;
    }

    /** Records a new running import and returns its id (committed at once when auto-commit is on). */
    public long start(String file, String format, long startedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_reports(file, format, started_at, status) VALUES (?, ?, ?, 'running')")) {
            ps.setString(1, file);
            ps.setString(2, format);
            ps.setLong(3, startedAt);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM import_reports");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Marks reports still 'running' as failed: only the writer-lock holder imports, so they were interrupted. */
    public int failInterrupted(long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_reports SET status = 'failed', finished_at = ?, "
                + "message = 'interrupted: the importing process stopped before it finished; the rows of its "
                + "completed batches are stored' WHERE status = 'running'")) {
            ps.setLong(1, now);
            return ps.executeUpdate();
        }
    }

    /** Stores counts so far; called inside each batch's transaction so counts and rows always agree. */
    void progress(long id, Totals t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_reports SET accepted = ?, rejected = ?, "
                + "skipped = ?, duplicates = ?, details = ? WHERE id = ?")) {
            ps.setLong(1, t.accepted);
            ps.setLong(2, t.rejected);
            ps.setLong(3, t.skipped);
            ps.setLong(4, t.duplicates);
            ps.setString(5, details(t));
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    /** Closes the report. */
    public void finish(long id, String status, long finishedAt, String message, Totals t) throws SQLException {
        progress(id, t);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE import_reports SET status = ?, finished_at = ?, message = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, finishedAt);
            ps.setString(3, message);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps the text of the first {@code limit} rejected rows of report {@code id} as {@code file} wrote them, read in
     * one pass over the file; a file that cannot be read again leaves them without text.
     */
    void keepText(long id, Path file, int limit) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT line FROM import_rejections WHERE report_id = ? ORDER BY rowid LIMIT ?")) {
            ps.setLong(1, id);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getLong(1));
                }
            }
        }
        Map<Long, String> text;
        try {
            text = SourceLines.read(file, lines);
        } catch (IOException e) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE import_rejections SET text = ? WHERE report_id = ? AND line = ?")) {
            for (Map.Entry<Long, String> line : text.entrySet()) {
                ps.setString(1, line.getValue());
                ps.setLong(2, id);
                ps.setLong(3, line.getKey());
                ps.executeUpdate();
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The details column: rows written per table, skip reasons and notes. */
    static String details(Totals t) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("events", t.events);
        d.put("duplicates", t.duplicates);
        d.put("products", t.products);
        d.put("productsFilledIn", t.filledIn);
        d.put("users", t.users);
        d.put("judgments", t.judgments);
        d.put("skippedBy", t.skippedBy);
        d.put("notes", t.notes);
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stored reports, newest first, each with its first {@code firstRejections} rejections. */
    public static List<ImportReport> list(Connection c, int limit, int firstRejections) throws SQLException {
        List<ImportReport> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file, format, status, accepted, rejected, "
                + "started_at, finished_at FROM import_reports ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long started = rs.getLong(7);
                    long finished = rs.getObject(8) == null ? System.currentTimeMillis() : rs.getLong(8);
                    out.add(new ImportReport(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getLong(6), List.of(), Math.max(0, finished - started) / 1000.0));
                }
            }
        }
        List<ImportReport> withRejections = new ArrayList<>(out.size());
        for (ImportReport r : out) {
            withRejections.add(new ImportReport(r.id(), r.file(), r.format(), r.status(), r.accepted(), r.rejected(),
                    firstRejections > 0 && r.rejected() > 0 ? rejections(c, r.id(), firstRejections) : List.of(),
                    r.seconds()));
        }
        return withRejections;
    }

    /** The first {@code limit} rejections of report {@code reportId}, in file order. */
    public static List<Rejection> rejections(Connection c, long reportId, int limit) throws SQLException {
        List<Rejection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT file, line, reason, text FROM import_rejections "
                + "WHERE report_id = ? ORDER BY rowid LIMIT ?")) {
            ps.setLong(1, reportId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** The {@code limit} newest imports as the import history lists them, newest first. */
    public static List<ImportRun> runs(Workspace workspace, int limit) {
        List<ImportRun> runs = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT id, file, format, "
                + "status, accepted, rejected, started_at, finished_at, message FROM import_reports ORDER BY id DESC "
                + "LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long finished = rs.getLong("finished_at");
                    Long finishedAt = rs.wasNull() ? null : finished;
                    runs.add(new ImportRun(rs.getLong("id"), rs.getString("file"), rs.getString("format"),
                            rs.getString("status"), rs.getLong("accepted"), rs.getLong("rejected"),
                            rs.getLong("started_at"), finishedAt, rs.getString("message")));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read import history from workspace " + workspace.file().getFileName()
                    + ": " + e.getMessage(), e);
        }
        return runs;
    }

    /** Stored reports of a workspace, newest first, each with its first {@code firstRejections} rejections. */
    public static List<ImportReport> list(Workspace workspace, int limit, int firstRejections) {
        try (Connection c = workspace.connect()) {
            return list(c, limit, firstRejections);
        } catch (SQLException e) {
            throw new MerchLabException("cannot read import reports: " + e.getMessage(), e);
        }
    }

    /** The first {@code limit} rejections of report {@code reportId} of a workspace, in file order. */
    public static List<Rejection> rejections(Workspace workspace, long reportId, int limit) {
        try (Connection c = workspace.connect()) {
            return rejections(c, reportId, limit);
        } catch (SQLException e) {
            throw new MerchLabException("cannot read import rejections: " + e.getMessage(), e);
        }
    }

    /** What report {@code reportId} of a workspace wrote beyond its counts. */
    public static ImportDetails details(Workspace workspace, long reportId) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT skipped, duplicates, details, message FROM import_reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new MerchLabException("no import report " + reportId);
                }
                JsonNode d = rs.getString(3) == null ? JSON.createObjectNode() : JSON.readTree(rs.getString(3));
                Map<String, Long> skippedBy = d.has("skippedBy")
                        ? JSON.convertValue(d.get("skippedBy"), new TypeReference<Map<String, Long>>() { }) : Map.of();
                List<String> notes = d.has("notes")
                        ? JSON.convertValue(d.get("notes"), new TypeReference<List<String>>() { }) : List.of();
                return new ImportDetails(reportId, rs.getLong(1), rs.getLong(2), d.path("events").asLong(),
                        d.path("products").asLong(), d.path("productsFilledIn").asLong(), d.path("users").asLong(),
                        d.path("judgments").asLong(), skippedBy, notes, rs.getString(4));
            }
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot read import report " + reportId + ": " + e.getMessage(), e);
        }
    }
}
