package merchlab.browse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import merchlab.workspace.Workspace;

/**
 * A small, seeded shop written straight into a temp workspace, for tests of anything that reads a workspace.
 *
 * <p>Products are {@code p0001..}, titled by a brand and a noun; events are spread over ten days from
 * {@link #START}; one completed import with {@link #REJECTED_ROWS} rejected rows is recorded.
 */
public final class ShopFixture {
    /** Epoch ms of the first event: 2024-03-01T00:00:00Z. */
    public static final long START = 1_709_251_200_000L;
    public static final int REJECTED_ROWS = 3;
    static final String[] BRANDS = {"Acme", "Borealis", "Cobalt", "Dune", "Ember"};
    static final String[] NOUNS = {"Linen Shirt", "Trail Shoe", "Chef Knife", "Desk Lamp", "Yoga Mat", "Kettle"};
    static final String[] TYPES = {"search", "impression", "impression", "impression", "click", "view",
            "add_to_cart", "purchase"};

    private ShopFixture() {
    }

    /** Creates {@code file} with {@code products} products, {@code events} events over {@code shoppers} shoppers. */
    public static Workspace create(Path file, int products, int events, int shoppers) {
        Workspace ws = Workspace.open(file);
        try (Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO products(id, title, brand, category, price, "
                    + "currency, availability, color, size, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 1; i <= products; i++) {
                    ps.setString(1, productId(i));
                    ps.setString(2, BRANDS[i % BRANDS.length] + " " + NOUNS[i % NOUNS.length] + " " + i);
                    ps.setString(3, BRANDS[i % BRANDS.length]);
                    ps.setString(4, i % 2 == 0 ? "Apparel > Tops" : "Home > Kitchen");
                    ps.setDouble(5, 5 + (i * 37 % 200) + 0.99);
                    ps.setString(6, "USD");
                    ps.setString(7, "in_stock");
                    ps.setString(8, i % 3 == 0 ? "blue" : "black");
                    ps.setString(9, "M");
                    ps.setLong(10, START);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Random random = new Random(42);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events(id, ts, user_id, session_id, type, "
                    + "product_id, query, position, device, dwell_ms) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < events; i++) {
                    String type = TYPES[i % TYPES.length];
                    int shopper = random.nextInt(Math.max(1, shoppers));
                    ps.setLong(1, i + 1);
                    ps.setLong(2, START + (long) i * 864_000_000L / Math.max(1, events));
                    ps.setString(3, "u" + shopper);
                    ps.setString(4, "s" + shopper + "-" + (i / 20));
                    ps.setString(5, type);
                    ps.setString(6, type.equals("search") ? null : productId(1 + random.nextInt(Math.max(1, products))));
                    ps.setString(7, type.equals("search") || type.equals("impression") ? "linen shirt" : null);
                    ps.setObject(8, type.equals("impression") ? 1 + random.nextInt(10) : null);
                    ps.setString(9, random.nextBoolean() ? "mobile" : "desktop");
                    ps.setObject(10, type.equals("view") ? 1000 + random.nextInt(30_000) : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users(id) SELECT DISTINCT user_id FROM events WHERE user_id IS NOT NULL")) {
                ps.executeUpdate(); // as the importers do: every shopper of the events is a user
            }
            recordImport(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ws;
    }

    /** Adds one product, as an import would. */
    public static void addProduct(Workspace ws, String id, String title) {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO products(id, title, updated_at) VALUES (?, ?, 0)")) {
            ps.setString(1, id);
            ps.setString(2, title);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String productId(int i) {
        return String.format("p%04d", i);
    }

    private static void recordImport(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_reports(id, file, format, started_at, "
                + "finished_at, status, accepted, rejected) VALUES (1, 'catalog.csv', 'merchant-center-csv', ?, ?, "
                + "'completed', 10, ?)")) {
            ps.setLong(1, START);
            ps.setLong(2, START + 1500);
            ps.setInt(3, REJECTED_ROWS);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_rejections(report_id, file, line, reason) VALUES (1, 'catalog.csv', ?, ?)")) {
            for (int i = 0; i < REJECTED_ROWS; i++) {
                ps.setLong(1, 10 + i * 7);
                ps.setString(2, i == 0 ? "price 'abc' is not a number" : "missing id");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
