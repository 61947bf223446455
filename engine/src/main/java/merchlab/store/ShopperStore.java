package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/** The shoppers a workspace knows by id (table {@code users}). */
public final class ShopperStore {
    private final Workspace workspace;

    public ShopperStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Whether a shopper with this stored id exists. */
    public boolean exists(String id) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot look up shopper: " + e.getMessage(), e);
        }
    }
}
