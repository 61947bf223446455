package merchlab.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * The models saved in a workspace: save, load, list, delete, and export to or import from a single file.
 */
public final class ModelStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "name, kind, settings, feature_schema, metrics, parent, data_from, data_to, "
            + "device, created_at, note";

    private final Workspace workspace;

    public ModelStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The workspace setting naming the default model: what Explore and {@code recommend} use when no model is named
     * (chosen by {@code merchlab tune} or "Use as default" in Models; search and explain keep the newest ranker).
     */
    static final String RECOMMENDED = "recommended_model";

    /** Makes a saved model the default, used when no model is named. */
    public void recommend(String name) {
        load(name);
        workspace.putMeta(RECOMMENDED, name);
    }

    /** The default model, when one was chosen and is still saved. */
    public Optional<SavedModel> recommended() {
        return workspace.meta(RECOMMENDED).flatMap(this::find);
    }

    /** Saves a model, replacing one of the same name. */
    public void save(SavedModel m) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO models(" + COLUMNS + ", parameters) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, m.name());
            ps.setString(2, m.kind());
            ps.setString(3, JSON.writeValueAsString(m.settings()));
            ps.setString(4, m.featureSchema() == null ? null : JSON.writeValueAsString(m.featureSchema()));
            ps.setString(5, JSON.writeValueAsString(m.metrics()));
            ps.setString(6, m.parent() != null && exists(c, m.parent()) ? m.parent() : null);
            setLong(ps, 7, m.dataFrom());
            setLong(ps, 8, m.dataTo());
            ps.setString(9, m.device());
            ps.setLong(10, m.createdAt());
            ps.setString(11, m.note());
            ps.setBytes(12, m.parameters());
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot save model " + m.name() + ": " + e.getMessage(), e);
        }
    }

    /** The model of that name with its weights. */
    public Optional<SavedModel> find(String name) {
        List<SavedModel> found = query("SELECT " + COLUMNS + ", parameters FROM models WHERE name = ?", name, true);
        return found.stream().findFirst();
    }

    /** The model of that name, or a clear error naming the models that exist. */
    public SavedModel load(String name) {
        return find(name).orElseThrow(() -> new MerchLabException("no model named '" + name + "' in this workspace"
                + (names().isEmpty() ? " (train one first)" : "; models: " + String.join(", ", names()))));
    }

    /** Every saved model without its weights, newest first. */
    public List<SavedModel> list() {
        return query("SELECT " + COLUMNS + ", NULL FROM models ORDER BY created_at DESC, name", null, false);
    }

    /** Names of every saved model, newest first. */
    public List<String> names() {
        return list().stream().map(SavedModel::name).toList();
    }

    /** The newest model trained as {@code kind}, if any. */
    public Optional<SavedModel> latest(String kind) {
        return list().stream().filter(m -> m.kind().equals(kind)).findFirst().flatMap(m -> find(m.name()));
    }

    /** A name not yet taken: {@code base}, or {@code base-2}, {@code base-3} ... for retrained versions. */
    public String freeName(String base) {
        List<String> taken = names();
        if (!taken.contains(base)) {
            return base;
        }
        int v = 2;
        while (taken.contains(base + "-" + v)) {
            v++;
        }
        return base + "-" + v;
    }

    /**
     * Renames a model: its children, its stored evaluation results and the default-model setting follow. The new name
     * must be free and readable: 1 to 80 characters, no line breaks or other control characters, not only spaces.
     */
    public void rename(String from, String to) {
        String name = to == null ? "" : to.strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
            throw new MerchLabException("a model name needs 1 to 80 characters and no line breaks");
        }
        load(from);
        if (name.equals(from)) {
            return;
        }
        if (find(name).isPresent()) {
            throw new MerchLabException("a model named '" + name + "' already exists: choose another name");
        }
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("PRAGMA defer_foreign_keys = ON"); // children point at the new name before the commit
            }
            for (String sql : List.of("UPDATE models SET name = ? WHERE name = ?",
                    "UPDATE models SET parent = ? WHERE parent = ?",
                    "UPDATE evaluation_runs SET model = ? WHERE model = ?",
                    "UPDATE meta SET value = ? WHERE key = '" + RECOMMENDED + "' AND value = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, name);
                    ps.setString(2, from);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot rename model " + from + ": " + e.getMessage(), e);
        }
    }

    /** Keeps a free-text note with a model (blank removes it). */
    public void note(String name, String note) {
        load(name);
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE models SET note = ? WHERE name = ?")) {
            ps.setString(1, note == null || note.isBlank() ? null : note.strip());
            ps.setString(2, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new MerchLabException("cannot keep the note of model " + name + ": " + e.getMessage(), e);
        }
    }

    /** Keeps one more training setting with a model (replacing one of the same key), for example its calibrator. */
    public void putSetting(String name, String key, Object value) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(load(name).settings());
        settings.put(key, value);
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE models SET settings = ? WHERE name = ?")) {
            ps.setString(1, JSON.writeValueAsString(settings));
            ps.setString(2, name);
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot keep the " + key + " of model " + name + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a model; its children keep their data but lose the link. */
    public void delete(String name) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM models WHERE name = ?")) {
            ps.setString(1, name);
            if (ps.executeUpdate() == 0) {
                throw new MerchLabException("no model named '" + name + "' to delete");
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot delete model " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes a model with its weights to one {@link ModelFile} that {@link #importFrom} reads in any workspace. */
    public void exportTo(String name, Path file) {
        ModelFile.write(load(name), file);
    }

    /** Reads an exported model into this workspace, renaming it when the name is taken; returns the saved name. */
    public String importFrom(Path file) {
        SavedModel m = ModelFile.read(file);
        SavedModel named = m.withName(freeName(m.name()));
        save(named);
        return named.name();
    }

    private List<SavedModel> query(String sql, String name, boolean withParameters) {
        List<SavedModel> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (name != null) {
                ps.setString(1, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SavedModel(rs.getString(1), rs.getString(2),
                            JSON.readValue(rs.getString(3), new TypeReference<Map<String, Object>>() { }),
                            rs.getString(4) == null ? null
                                    : JSON.readValue(rs.getString(4), new TypeReference<Map<String, Object>>() { }),
                            JSON.readValue(rs.getString(5), new TypeReference<Map<String, Double>>() { }),
                            rs.getString(6), getLong(rs, 7), getLong(rs, 8), rs.getString(9), rs.getLong(10),
                            rs.getString(11), withParameters ? rs.getBytes(12) : null));
                }
            }
        } catch (SQLException | IOException e) {
            throw new MerchLabException("cannot read models: " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM models WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
