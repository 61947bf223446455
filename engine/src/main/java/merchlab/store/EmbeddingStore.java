package merchlab.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * Reads and writes the embeddings cached in a workspace, keyed by encoder, kind and key, with the hash of the text they came from.
 */
public final class EmbeddingStore {
    /** The workspace setting that records which encoder the workspace uses. */
    public static final String ENCODER_SETTING = "encoder";
    /** The workspace setting that lists every encoder products are embedded with for search, the main one first. */
    public static final String SEARCH_ENCODERS_SETTING = "search_encoders";

    private final Workspace workspace;

    public EmbeddingStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The encoder chosen for this workspace, if products have been encoded. */
    public java.util.Optional<String> encoder() {
        return workspace.meta(ENCODER_SETTING);
    }

    /**
     * The encoders this workspace's products are embedded with for search, the main one ({@link #encoder()}) first;
     * empty before the first encode.
     */
    public List<String> encoders() {
        java.util.Optional<String> listed = workspace.meta(SEARCH_ENCODERS_SETTING);
        if (listed.isPresent() && !listed.get().isBlank()) {
            return List.of(listed.get().split(","));
        }
        return encoder().map(List::of).orElse(List.of());
    }

    /** Bytes of stored product vectors of {@code encoder}. */
    public long bytes(String encoder) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(length(vector)), 0) FROM embeddings WHERE encoder = ? AND kind = 'product'")) {
            ps.setString(1, encoder);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot measure embeddings: " + e.getMessage(), e);
        }
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

    /** The number of stored vectors of {@code encoder} and {@code kind}. */
    public int count(String encoder, String kind) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM embeddings WHERE encoder = ? AND kind = ?")) {
            ps.setString(1, encoder);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot count embeddings: " + e.getMessage(), e);
        }
    }

    /** The text hash of every stored vector of {@code encoder} and {@code kind}, by key. */
    public Map<String, Long> hashes(String encoder, String kind) {
        Map<String, Long> hashes = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT key, text_hash FROM embeddings WHERE encoder = ? AND kind = ?")) {
            ps.setString(1, encoder);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read embeddings: " + e.getMessage(), e);
        }
        return hashes;
    }

    /** Deletes the vectors of {@code encoder} and {@code kind} whose keys are in {@code keys}; returns how many went. */
    public int delete(String encoder, String kind, Collection<String> keys) {
        int deleted = 0;
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM embeddings WHERE encoder = ? AND kind = ? AND key = ?")) {
            c.setAutoCommit(false);
            for (String key : keys) {
                ps.setString(1, encoder);
                ps.setString(2, kind);
                ps.setString(3, key);
                deleted += ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot delete embeddings: " + e.getMessage(), e);
        }
        return deleted;
    }

    /** The encoders that any product has a vector of, in no particular order. */
    public List<String> productEncoders() {
        List<String> names = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT encoder FROM embeddings WHERE kind = 'product'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read embeddings: " + e.getMessage(), e);
        }
        return names;
    }

    /** The cached vectors of {@code encoder} of those of the queries {@code keys} that have one. */
    public Map<String, float[]> queries(String encoder, Set<String> keys) {
        Map<String, float[]> out = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT key, vector FROM embeddings WHERE encoder = ? AND kind = 'query'")) {
            ps.setString(1, encoder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (keys.contains(key)) {
                        out.put(key, fromBytes(rs.getBytes(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read query embeddings: " + e.getMessage(), e);
        }
        return out;
    }

    /** Calls {@code sink} with every product vector of {@code encoder}, ordered by product id, without holding them all. */
    public void forEachProduct(String encoder, BiConsumer<String, float[]> sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT key, vector FROM embeddings WHERE encoder = ? AND kind = 'product' ORDER BY key")) {
            ps.setString(1, encoder);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1), fromBytes(rs.getBytes(2)));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read embeddings: " + e.getMessage(), e);
        }
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
