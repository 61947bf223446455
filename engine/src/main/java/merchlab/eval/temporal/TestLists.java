package merchlab.eval.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.behaviour.EventType;
import merchlab.features.EventLog;
import merchlab.features.RequestFeatures;
import merchlab.features.RequestIndex;
import merchlab.features.ShopCatalog;
import merchlab.model.ClickModel.ShownList;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;

/**
 * The result lists of the test period as they were shown, each with the shopper's history up to that moment, the
 * query and context, which products were clicked (or carted or bought) from it, and their true click probabilities
 * on generated logs.
 */
public final class TestLists {
    private final List<ShownList> lists = new ArrayList<>();
    private final List<boolean[]> clicked = new ArrayList<>();
    private final List<float[]> trueCtr = new ArrayList<>();
    private final List<Long> shownAt = new ArrayList<>();
    private boolean allTrue = true;
    private long impressions;

    /** Replays every event (training and test period) and keeps the lists shown from {@code cutoff} on. */
    public static TestLists from(EventLog log, ShopCatalog catalog, long cutoff) {
        TestLists t = new TestLists();
        Map<Integer, List<String>> histories = new HashMap<>();
        Map<Integer, List<String>> recommended = new HashMap<>();
        RequestIndex index = new RequestIndex(log);
        int requests = log.requests().size();
        boolean[] done = new boolean[requests];
        int[] visit = log.visitQueries();
        for (int i = 0; i < log.size(); i++) {
            int r = log.request(i);
            if (r >= 0 && !done[r] && index.shown(r).length > 0) {
                done[r] = true;
                int first = index.shown(r)[0];
                if (log.timestamp(first) >= cutoff) {
                    t.add(log, catalog, r, index, visit[first], histories, recommended);
                }
            }
            if (log.isEngagement(i) && log.product(i) >= 0 && log.user(i) >= 0) {
                histories.computeIfAbsent(log.user(i), u -> new ArrayList<>()).add(catalog.id(log.product(i)));
            } else if (log.type(i) == EventType.IMPRESSION && log.product(i) >= 0 && log.user(i) >= 0 && r >= 0
                    && index.query(r) < 0) {
                recommended.computeIfAbsent(log.user(i), u -> new ArrayList<>()).add(catalog.id(log.product(i)));
            }
        }
        return t;
    }

    private void add(EventLog log, ShopCatalog catalog, int r, RequestIndex index, int visitQuery,
                     Map<Integer, List<String>> histories, Map<Integer, List<String>> recommended) {
        int[] events = index.shown(r);
        int q = index.query(r);
        int first = events[0];
        long ts = log.timestamp(first);
        int user = log.user(first);
        List<String> history = user < 0 ? List.of() : histories.getOrDefault(user, List.of());
        Context context = new Context(EventLog.deviceName(log.device(first)), RequestFeatures.hourOf(ts),
                RequestFeatures.weekdayOf(ts), q < 0 && visitQuery >= 0 ? log.queries().name(visitQuery) : null);
        List<String> shownBefore = user < 0 ? List.of() : recommended.getOrDefault(user, List.of());
        ScoringRequest request = new ScoringRequest(user < 0 ? null : log.users().name(user), history,
                q < 0 ? null : log.queries().name(q), context, shownBefore);
        List<String> products = new ArrayList<>(events.length);
        int[] positions = new int[events.length];
        boolean[] click = new boolean[events.length];
        float[] truth = new float[events.length];
        for (int k = 0; k < events.length; k++) {
            int e = events[k];
            products.add(catalog.id(log.product(e)));
            positions[k] = Math.max(1, log.position(e));
            click[k] = index.clicked(r, log.product(e));
            truth[k] = log.trueCtr(e);
            allTrue &= !Float.isNaN(truth[k]);
        }
        lists.add(new ShownList(request, products, positions));
        shownAt.add(ts);
        clicked.add(click);
        trueCtr.add(truth);
        impressions += events.length;
    }

    public List<ShownList> lists() {
        return lists;
    }

    /** When each list was shown (epoch ms), in list order. */
    public List<Long> shownAt() {
        return shownAt;
    }

    public List<boolean[]> clicked() {
        return clicked;
    }

    public List<float[]> trueCtr() {
        return trueCtr;
    }

    /** Whether every test impression carries its true click probability (generated logs). */
    public boolean hasTruth() {
        return allTrue && !lists.isEmpty();
    }

    public long impressions() {
        return impressions;
    }

    public int size() {
        return lists.size();
    }
}
