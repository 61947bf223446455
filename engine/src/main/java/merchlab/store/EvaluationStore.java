package merchlab.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/** Evaluation results stored per model and protocol, so every figure is shown with the protocol that produced it. */
public final class EvaluationStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored result. */
    public record Run(long id, String model, String kind, String protocol, Map<String, Double> metrics, long createdAt) {
    }

    private final Workspace workspace;

    public EvaluationStore(Workspace workspace) {
        this.workspace = workspace;
    }

    public void save(String model, String kind, String protocol, Map<String, Double> metrics) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO evaluation_runs(model, kind, protocol, metrics, created_at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, model);
            ps.setString(2, kind);
            ps.setString(3, protocol);
            ps.setString(4, JSON.writeValueAsString(metrics));
            ps.setLong(5, System.currentTimeMillis());
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot store evaluation of " + model + ": " + e.getMessage(), e);
        }
    }

    /** The newest result per model and protocol. */
    public List<Run> latest() {
        List<Run> out = new ArrayList<>();
        String sql = "SELECT id, model, kind, protocol, metrics, created_at FROM evaluation_runs r WHERE id = "
                + "(SELECT MAX(id) FROM evaluation_runs s WHERE s.model = r.model AND s.protocol = r.protocol) "
                + "ORDER BY protocol, model";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        JSON.readValue(rs.getString(5), new TypeReference<Map<String, Double>>() { }), rs.getLong(6)));
            }
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot read evaluation results: " + e.getMessage(), e);
        }
        return out;
    }
}
