package merchlab.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * Reads and writes the embeddings cached in a workspace, keyed by encoder, kind and key, with the hash of the text they came from.
 */
public final class EmbeddingStore {
    /** The workspace setting that records which encoder the workspace uses. */
    public static final String ENCODER_SETTING = "encoder";

    private final Workspace workspace;

    public EmbeddingStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The encoder chosen for this workspace, if products have been encoded. */
    public java.util.Optional<String> encoder() {
        return workspace.meta(ENCODER_SETTING);
    }

    /** One embedding to store. */
    public record Entry(String kind, String key, long textHash, float[] vector) {
    }

    /** Stores a batch in one transaction, replacing earlier vectors of the same keys. */
    public void save(String encoder, List<Entry> entries) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO embeddings(encoder, kind, key, text_hash, vector) VALUES (?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (Entry e : entries) {
                ps.setString(1, encoder);
                ps.setString(2, e.kind());
                ps.setString(3, e.key());
                ps.setLong(4, e.textHash());
                ps.setBytes(5, toBytes(e.vector()));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot store embeddings: " + e.getMessage(), e);
        }
    }

    /** All product vectors of {@code encoder}, ordered by product id. */
    public ProductVectors products(String encoder) {
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT key, vector FROM embeddings WHERE encoder = ? AND kind = 'product' ORDER BY key")) {
            ps.setString(1, encoder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    vectors.add(fromBytes(rs.getBytes(2)));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read embeddings: " + e.getMessage(), e);
        }
        int dim = vectors.isEmpty() ? 0 : vectors.get(0).length;
        float[] matrix = new float[ids.size() * dim];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, matrix, i * dim, dim);
        }
        return new ProductVectors(encoder, dim, ids, matrix);
    }

    static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
