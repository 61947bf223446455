package merchlab.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.features.EventLog;
import merchlab.features.Featurizer;
import merchlab.features.RequestFeatures;
import merchlab.features.RequestIndex;
import merchlab.features.ShopCatalog;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;

/**
 * Result lists shown from a cut-off on, as they were logged: request id, the shopper's history up to that moment,
 * query, context, products with their shown positions, and whether each was clicked (or carted or bought). The
 * held-out impressions that global importance and the faithfulness checks run on.
 */
public final class LoggedImpressions {
    /** One logged result list. */
    public record ShownList(String requestId, ScoringRequest request, List<String> products, float[] positions,
                            boolean[] clicked) {
    }

    private final List<ShownList> lists;

    private LoggedImpressions(List<ShownList> lists) {
        this.lists = List.copyOf(lists);
    }

    /**
     * Replays {@code log} (which should start at the beginning of the logs, so histories are complete) and keeps at
     * most {@code maxLists} lists first shown at or after {@code cutoff}, evenly spread over the period.
     */
    public static LoggedImpressions from(EventLog log, ShopCatalog catalog, long cutoff, int maxLists) {
        RequestIndex index = new RequestIndex(log);
        int requests = log.requests().size();
        Map<Integer, List<String>> histories = new HashMap<>();
        boolean[] done = new boolean[requests];
        List<ShownList> all = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            int r = log.request(i);
            if (r >= 0 && !done[r] && index.shown(r).length > 0) {
                done[r] = true;
                if (log.timestamp(index.shown(r)[0]) >= cutoff) {
                    all.add(list(log, catalog, r, index, histories));
                }
            }
            if (log.isEngagement(i) && log.product(i) >= 0 && log.user(i) >= 0) {
                histories.computeIfAbsent(log.user(i), u -> new ArrayList<>()).add(catalog.id(log.product(i)));
            }
        }
        if (all.size() <= maxLists) {
            return new LoggedImpressions(all);
        }
        List<ShownList> kept = new ArrayList<>(maxLists);
        for (int k = 0; k < maxLists; k++) {
            kept.add(all.get((int) ((long) k * all.size() / maxLists)));
        }
        return new LoggedImpressions(kept);
    }

    private static ShownList list(EventLog log, ShopCatalog catalog, int r, RequestIndex index,
                                  Map<Integer, List<String>> histories) {
        int[] events = index.shown(r);
        int q = index.query(r);
        int first = events[0];
        long ts = log.timestamp(first);
        int user = log.user(first);
        List<String> history = user < 0 ? List.of() : List.copyOf(histories.getOrDefault(user, List.of()));
        Context context = new Context(EventLog.deviceName(log.device(first)), RequestFeatures.hourOf(ts),
                RequestFeatures.weekdayOf(ts));
        ScoringRequest request = new ScoringRequest(user < 0 ? null : log.users().name(user), history,
                q < 0 ? null : log.queries().name(q), context);
        List<String> products = new ArrayList<>(events.length);
        float[] positions = new float[events.length];
        boolean[] click = new boolean[events.length];
        for (int k = 0; k < events.length; k++) {
            int e = events[k];
            products.add(catalog.id(log.product(e)));
            positions[k] = Math.max(1, log.position(e));
            click[k] = index.clicked(r, log.product(e));
        }
        return new ShownList(log.requests().name(r), request, products, positions, click);
    }

    public List<ShownList> lists() {
        return lists;
    }

    /** Number of impressions (shown products) over all lists. */
    public int impressions() {
        int n = 0;
        for (ShownList l : lists) {
            n += l.products().size();
        }
        return n;
    }

    /** Feature rows of every impression at its shown position, list by list, row-major. */
    public float[] rows(merchlab.model.ranker.RankerModel model) {
        Featurizer featurizer = model.featurizer();
        int width = featurizer.schema().width();
        float[] out = new float[impressions() * width];
        int at = 0;
        for (ShownList l : lists) {
            RequestFeatures rf = model.requestFeatures(l.request());
            float[] part = featurizer.rows(rf, l.products(), l.positions());
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** Whether each impression was clicked, in the order of {@link #rows}. */
    public boolean[] clicked() {
        boolean[] out = new boolean[impressions()];
        int at = 0;
        for (ShownList l : lists) {
            System.arraycopy(l.clicked(), 0, out, at, l.clicked().length);
            at += l.clicked().length;
        }
        return out;
    }
}
