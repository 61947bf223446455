package merchlab.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/** How many of a workspace's logged searches are written with CJK characters, and how many without. */
final class SearchLanguages {
    /** The most recent searches looked at. */
    static final int SAMPLE = 100_000;

    private SearchLanguages() {
    }

    /** Counts of the most recent logged searches with CJK in their query ({@code cjk}) and without ({@code other}). */
    static Scripts.Counts of(Workspace workspace) {
        long cjk = 0;
        long other = 0;
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT query FROM events WHERE type = 'search' AND query IS NOT NULL ORDER BY ts DESC LIMIT " + SAMPLE)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (Scripts.containsCjk(rs.getString(1))) {
                        cjk++;
                    } else {
                        other++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read the logged searches: " + e.getMessage(), e);
        }
        return new Scripts.Counts(cjk, other);
    }
}
