package merchlab.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/** Tuning runs and their trials as the workspace keeps them (tables {@code tuning_runs} and {@code tuning_trials}). */
public final class TuningStore {
    /**
     * One trial as stored: its training settings as the map a saved model keeps ({@code TrainingSettings.asMap}),
     * their epochs apart.
     */
    public record StoredTrial(int trial, int config, int rung, int epochs, Map<String, String> options,
                              Map<String, Object> settings, String status, Map<String, Double> metrics, double seconds,
                              String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Workspace workspace;

    public TuningStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Starts a run and returns its id. */
    public long start(String kind, String protocol, double budgetSeconds, long seed) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tuning_runs(kind, protocol, budget_s, seed, started_at) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, protocol);
            ps.setDouble(3, budgetSeconds);
            ps.setLong(4, seed);
            ps.setLong(5, System.currentTimeMillis());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot store the tuning run: " + e.getMessage(), e);
        }
    }

    /** Stores one trial of a run. */
    public void save(long run, StoredTrial t) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tuning_trials(run_id, trial, config, rung, epochs, options, settings, status, metrics,"
                        + " seconds, message) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, run);
            ps.setInt(2, t.trial());
            ps.setInt(3, t.config());
            ps.setInt(4, t.rung());
            ps.setInt(5, t.epochs());
            ps.setString(6, JSON.writeValueAsString(t.options()));
            ps.setString(7, JSON.writeValueAsString(t.settings()));
            ps.setString(8, t.status());
            ps.setString(9, JSON.writeValueAsString(finite(t.metrics())));
            ps.setDouble(10, t.seconds());
            ps.setString(11, t.message());
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot store tuning trial " + t.trial() + ": " + e.getMessage(), e);
        }
    }

    /** Records how a run ended. */
    public void finish(long run, double seconds, Integer bestTrial, String bestModel, String baseline,
                       double baselineNdcg, String recommended, String verdict) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE tuning_runs SET seconds = ?, best_trial = ?, best_model = ?, baseline = ?, baseline_ndcg = ?,"
                        + " recommended = ?, verdict = ? WHERE id = ?")) {
            ps.setDouble(1, seconds);
            ps.setObject(2, bestTrial);
            ps.setString(3, bestModel);
            ps.setString(4, baseline);
            ps.setObject(5, Double.isFinite(baselineNdcg) ? baselineNdcg : null);
            ps.setString(6, recommended);
            ps.setString(7, verdict);
            ps.setLong(8, run);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new MerchLabException("cannot store the end of tuning run " + run + ": " + e.getMessage(), e);
        }
    }

    /** The trials of a run in the order they ran. */
    public List<StoredTrial> trials(long run) {
        List<StoredTrial> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT trial, config, rung, options, settings, status, metrics, seconds, message, epochs FROM tuning_trials"
                        + " WHERE run_id = ? ORDER BY trial")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> options = JSON.readValue(rs.getString(4), new TypeReference<>() { });
                    Map<String, Object> settings = JSON.readValue(rs.getString(5), new TypeReference<>() { });
                    Map<String, Double> metrics = JSON.readValue(rs.getString(7), new TypeReference<>() { });
                    out.add(new StoredTrial(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(10), options, settings,
                            rs.getString(6), metrics, rs.getDouble(8), rs.getString(9)));
                }
            }
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot read the trials of tuning run " + run + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Map<String, Double> finite(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
