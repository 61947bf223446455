package merchlab.eval.ads;

import java.util.Comparator;
import java.util.List;
import merchlab.ads.AdRequest;
import merchlab.ads.Campaign;
import merchlab.ads.LoggedAd;
import merchlab.store.CampaignStore;
import merchlab.workspace.Workspace;

/**
 * What a replay reads of a shop's sponsored products: its campaigns, its ad requests and the ads it showed.
 *
 * @param campaigns the campaigns, in id order
 * @param requests  the requests with sponsored slots, oldest first
 * @param shown     the ads shown in those requests, with whether they were clicked
 */
public record AdLog(List<Campaign> campaigns, List<AdRequest> requests, List<LoggedAd> shown) {
    public AdLog {
        campaigns = campaigns.stream().sorted(Comparator.comparing(Campaign::id)).toList();
        requests = requests.stream().sorted(Comparator.comparingLong(AdRequest::timestamp)
                .thenComparing(AdRequest::requestId)).toList();
        shown = List.copyOf(shown);
    }

    /** A workspace's campaigns, ad requests and shown ads. */
    public static AdLog load(Workspace workspace) {
        CampaignStore store = new CampaignStore(workspace);
        return new AdLog(store.campaigns(), store.adRequests(Long.MIN_VALUE, Long.MAX_VALUE),
                store.loggedAds(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** The requests with {@code from <= timestamp < to}. */
    public List<AdRequest> requests(long from, long to) {
        return requests.stream().filter(r -> r.timestamp() >= from && r.timestamp() < to).toList();
    }

    /** The shown ads with {@code from <= timestamp < to}. */
    public List<LoggedAd> shown(long from, long to) {
        return shown.stream().filter(a -> a.timestamp() >= from && a.timestamp() < to).toList();
    }
}
