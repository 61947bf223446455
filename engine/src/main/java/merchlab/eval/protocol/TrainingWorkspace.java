package merchlab.eval.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * A temporary workspace with a source workspace's catalog, shoppers, product embeddings and encoder, but only the
 * engagement events of a protocol's training interactions: any model kind trains on it as on a real workspace, so a
 * protocol that is not a time window (leave-last-out, random 80/10/10, cold start) can still train every kind honestly.
 * Closing it deletes the file.
 */
public final class TrainingWorkspace implements AutoCloseable {
    private final Workspace workspace;

    private TrainingWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Builds the training workspace in {@code folder} (a new file there). */
    public static TrainingWorkspace create(Workspace source, InteractionLog training, Path folder) {
        Path file;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder, "training-", ".db");
            Files.delete(file);
        } catch (IOException e) {
            throw new MerchLabException("cannot create a training workspace in " + folder + ": " + e.getMessage(), e);
        }
        Workspace ws = Workspace.open(file);
        try (Connection c = ws.connect(); Statement st = c.createStatement()) {
            try (PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS source")) {
                attach.setString(1, source.file().toString());
                attach.execute();
            }
            c.setAutoCommit(false);
            st.execute("INSERT INTO products SELECT * FROM source.products");
            st.execute("INSERT INTO users SELECT * FROM source.users");
            st.execute("INSERT INTO embeddings SELECT * FROM source.embeddings WHERE kind = 'product'");
            st.execute("INSERT OR REPLACE INTO meta SELECT * FROM source.meta WHERE key = 'encoder'");
            st.execute("CREATE TEMP TABLE kept(user_id TEXT, product_id TEXT, ts INTEGER)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.kept VALUES (?, ?, ?)")) {
                for (Interaction i : training.stream().toList()) {
                    ps.setString(1, i.userId());
                    ps.setString(2, i.productId());
                    ps.setLong(3, i.timestamp());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            st.execute("CREATE INDEX temp.kept_key ON kept(user_id, ts, product_id)");
            st.execute("INSERT OR IGNORE INTO events SELECT e.* FROM source.events e JOIN temp.kept k"
                    + " ON e.user_id = k.user_id AND e.ts = k.ts AND e.product_id = k.product_id"
                    + " WHERE e.type IN ('click', 'view', 'add_to_cart', 'purchase')");
            c.commit();
            c.setAutoCommit(true);
            st.execute("DETACH DATABASE source");
        } catch (SQLException e) {
            throw new MerchLabException("cannot build the training workspace: " + e.getMessage(), e);
        }
        return new TrainingWorkspace(ws);
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(workspace.file().resolveSibling(workspace.file().getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new MerchLabException("cannot remove the training workspace: " + e.getMessage(), e);
        }
    }
}
