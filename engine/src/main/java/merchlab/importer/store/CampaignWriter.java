package merchlab.importer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashSet;
import java.util.Set;
import merchlab.importer.format.CampaignRow;

/**
 * Writes campaign rows: the campaign itself (advertiser and budget replaced by each row), its targeting (replaced by
 * each row's) and its bid on the row's product (replacing an earlier bid on it).
 */
final class CampaignWriter implements AutoCloseable {
    private final long now;
    private final PreparedStatement upsertCampaign;
    private final PreparedStatement clearTargets;
    private final PreparedStatement insertTarget;
    private final PreparedStatement upsertBid;

    CampaignWriter(Connection c, long now) throws SQLException {
        this.now = now;
        upsertCampaign = c.prepareStatement("INSERT INTO campaigns(id, advertiser, daily_budget, updated_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET advertiser = excluded.advertiser, "
                + "daily_budget = excluded.daily_budget, updated_at = excluded.updated_at");
        clearTargets = c.prepareStatement("DELETE FROM campaign_targets WHERE campaign_id = ?");
        insertTarget = c.prepareStatement("INSERT OR IGNORE INTO campaign_targets(campaign_id, kind, value) "
                + "VALUES (?, ?, ?)");
        upsertBid = c.prepareStatement("INSERT INTO campaign_bids(campaign_id, product_id, bid) VALUES (?, ?, ?) "
                + "ON CONFLICT(campaign_id, product_id) DO UPDATE SET bid = excluded.bid");
    }

    /** The ids of the campaigns a workspace holds. */
    static Set<String> storedIds(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM campaigns")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    void write(CampaignRow row) throws SQLException {
        upsertCampaign.setString(1, row.campaignId());
        if (row.advertiser() == null) {
            upsertCampaign.setNull(2, Types.VARCHAR);
        } else {
            upsertCampaign.setString(2, row.advertiser());
        }
        upsertCampaign.setDouble(3, row.dailyBudget());
        upsertCampaign.setLong(4, now);
        upsertCampaign.executeUpdate();
        clearTargets.setString(1, row.campaignId());
        clearTargets.executeUpdate();
        for (String keyword : row.keywords()) {
            target(row.campaignId(), "keyword", keyword);
        }
        for (String category : row.categories()) {
            target(row.campaignId(), "category", category);
        }
        upsertBid.setString(1, row.campaignId());
        upsertBid.setString(2, row.productId());
        upsertBid.setDouble(3, row.bid());
        upsertBid.executeUpdate();
    }

    private void target(String campaign, String kind, String value) throws SQLException {
        insertTarget.setString(1, campaign);
        insertTarget.setString(2, kind);
        insertTarget.setString(3, value);
        insertTarget.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {upsertCampaign, clearTargets, insertTarget, upsertBid}) {
            ps.close();
        }
    }
}
