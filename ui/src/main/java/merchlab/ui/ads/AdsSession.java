package merchlab.ui.ads;

import merchlab.features.ShopData;
import merchlab.shop.AdAuctions;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;

/**
 * The open shop data and auctions of the Ads section, kept between visits (the ranker's calibrator is fitted once)
 * and reopened when the workspace or its data change. Used by background jobs only, one at a time (each holds the
 * lock while it works).
 */
final class AdsSession implements AutoCloseable {
    private final ShopServices services;
    private Workspace workspace;
    private long version;
    private ShopData data;
    private AdAuctions ads;

    AdsSession(ShopServices services) {
        this.services = services;
    }

    /** The auctions of {@code ws} at data version {@code dataVersion}, opened when not open yet; hold the lock. */
    AdAuctions ads(Workspace ws, long dataVersion) {
        if (ads != null && (workspace != ws || version != dataVersion)) {
            close();
        }
        if (ads == null) {
            data = services.data(ws);
            try {
                ads = services.ads(data);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            workspace = ws;
            version = dataVersion;
        }
        return ads;
    }

    /** The open shop data (its catalog names the products); hold the lock, after {@link #ads}. */
    ShopData data() {
        return data;
    }

    /** Closes what is open; hold the lock. */
    @Override
    public void close() {
        try {
            if (ads != null) {
                ads.close();
            }
        } finally {
            if (data != null) {
                data.close();
            }
            ads = null;
            data = null;
            workspace = null;
        }
    }
}
