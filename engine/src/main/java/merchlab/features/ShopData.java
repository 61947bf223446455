package merchlab.features;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.text.EmbeddingStore;
import merchlab.text.ProductVectors;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * A workspace's data as models read it, loaded on first use and kept for the job: the catalog, the product and query
 * embeddings, event windows and shopper histories. Closing it closes the text encoder if one was opened.
 */
public final class ShopData implements AutoCloseable {
    private final Workspace workspace;
    private final Supplier<TextEncoder> encoderFactory;
    private ShopCatalog catalog;
    private CatalogVectors vectors;
    private QueryVectors queries;
    private TextEncoder encoder;
    private String encoderName;
    private Connection reader;

    /** @param encoderFactory opens the workspace's text encoder for queries without a cached vector; null when none */
    public ShopData(Workspace workspace, Supplier<TextEncoder> encoderFactory) {
        this.workspace = workspace;
        this.encoderFactory = encoderFactory;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ShopCatalog catalog() {
        if (catalog == null) {
            catalog = ShopCatalog.load(workspace);
            if (catalog.size() == 0) {
                throw new MerchLabException("the workspace has no products: import a catalog first");
            }
        }
        return catalog;
    }

    /** The encoder the products were embedded with. */
    public String encoderName() {
        if (encoderName == null) {
            encoderName = new EmbeddingStore(workspace).encoder().orElseGet(this::onlyEncoder);
        }
        return encoderName;
    }

    private String onlyEncoder() {
        List<String> names = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT encoder FROM embeddings WHERE kind = 'product'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read embeddings: " + e.getMessage(), e);
        }
        if (names.size() != 1) {
            throw new MerchLabException(names.isEmpty() ? "the products have no text embeddings yet: run merchlab encode"
                    : "the workspace has embeddings of several encoders (" + String.join(", ", names)
                    + ") and none is chosen: run merchlab encode");
        }
        return names.get(0);
    }

    /** Product embeddings aligned with the catalog; an error when no product has one. */
    public CatalogVectors vectors() {
        if (vectors == null) {
            ProductVectors pv = new EmbeddingStore(workspace).products(encoderName());
            vectors = new CatalogVectors(catalog(), pv);
            if (vectors.covered() == 0) {
                throw new MerchLabException("no product has a text embedding of encoder '" + encoderName()
                        + "': run merchlab encode");
            }
        }
        return vectors;
    }

    /** Query embeddings, encoded on demand with the workspace's encoder. */
    public QueryVectors queries() {
        if (queries == null) {
            queries = new QueryVectors(workspace, encoderName(), this::encoder);
        }
        return queries;
    }

    /** The text encoder, opened on first use. */
    public TextEncoder encoder() {
        if (encoder == null) {
            if (encoderFactory == null) {
                throw new MerchLabException("a query needs the text encoder, and none is available here");
            }
            encoder = encoderFactory.get();
        }
        return encoder;
    }

    /** Events with {@code from <= ts < to}, oldest first. */
    public EventLog events(long from, long to) {
        return EventLog.load(workspace, catalog(), from, to);
    }

    /** Time of the first and the last event, or empty when there are none. */
    public java.util.Optional<long[]> eventSpan() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(ts), MAX(ts) FROM events"); ResultSet rs = ps.executeQuery()) {
            long min = rs.getLong(1);
            if (rs.wasNull()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new long[] {min, rs.getLong(2)});
        } catch (SQLException e) {
            throw new MerchLabException("cannot read behaviour events: " + e.getMessage(), e);
        }
    }

    /** A connection kept open for the job's many small reads. */
    private Connection reader() throws SQLException {
        if (reader == null) {
            reader = workspace.connect();
        }
        return reader;
    }

    /** Products the shopper clicked, viewed, carted or bought before {@code before}, oldest first. */
    public List<String> history(String userId, long before) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = reader().prepareStatement(
                "SELECT product_id FROM events WHERE user_id = ? AND ts < ? AND product_id IS NOT NULL "
                        + "AND type IN ('click','view','add_to_cart','purchase') ORDER BY ts, id")) {
            ps.setString(1, userId);
            ps.setLong(2, before);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the history of shopper " + userId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Products shown to the shopper in recommendation lists (impressions without a query) before {@code before}. */
    public List<String> recommended(String userId, long before) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = reader().prepareStatement(
                "SELECT product_id FROM events WHERE user_id = ? AND ts < ? AND type = 'impression' "
                        + "AND product_id IS NOT NULL AND query IS NULL ORDER BY ts, id")) {
            ps.setString(1, userId);
            ps.setLong(2, before);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read what shopper " + userId + " was shown: " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether the shopper appears in the logs. */
    public boolean knowsShopper(String userId) {
        try (PreparedStatement ps = reader().prepareStatement("SELECT 1 FROM events WHERE user_id = ? LIMIT 1")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read behaviour events: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException e) {
                // closing a read-only connection cannot lose data
            }
            reader = null;
        }
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
    }
}
