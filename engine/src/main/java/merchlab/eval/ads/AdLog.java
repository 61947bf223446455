package merchlab.eval.ads;

import java.util.Comparator;
import java.util.List;
import merchlab.ads.AdRequest;
import merchlab.ads.Campaign;
import merchlab.store.CampaignStore;

/**
 * What a replay reads of a shop's sponsored products: its campaigns, its ad requests and the ads it showed.
 *
 * @param campaigns the campaigns, in id order
 * @param requests  the requests with sponsored slots, oldest first
 * @param shown     the ads shown in those requests, with whether they were clicked
 */
public record AdLog(List<Campaign> campaigns, List<AdRequest> requests, List<ShownAd> shown) {
    public AdLog {
        campaigns = campaigns.stream().sorted(Comparator.comparing(Campaign::id)).toList();
        requests = requests.stream().sorted(Comparator.comparingLong(AdRequest::timestamp)
                .thenComparing(AdRequest::requestId)).toList();
        shown = List.copyOf(shown);
    }

    /**
     * One logged sponsored impression.
     *
     * @param requestId  the request it was shown in
     * @param timestamp  when, epoch milliseconds UTC
     * @param slot       its position in the list
     * @param campaignId the campaign that paid for it
     * @param productId  the advertised product
     * @param clicked    whether the shopper clicked it
     */
    public record ShownAd(String requestId, long timestamp, int slot, String campaignId, String productId,
                          boolean clicked) {
    }

    /** A workspace's campaigns, ad requests and shown ads. */
    public static AdLog load(merchlab.workspace.Workspace workspace) {
        throw new merchlab.MerchLabException("reading sponsored products from a workspace comes with the campaigns store");
    }

    /** The requests with {@code from <= timestamp < to}. */
    public List<AdRequest> requests(long from, long to) {
        return requests.stream().filter(r -> r.timestamp() >= from && r.timestamp() < to).toList();
    }

    /** The shown ads with {@code from <= timestamp < to}. */
    public List<ShownAd> shown(long from, long to) {
        return shown.stream().filter(a -> a.timestamp() >= from && a.timestamp() < to).toList();
    }
}
