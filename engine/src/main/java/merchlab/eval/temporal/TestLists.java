package merchlab.eval.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.behaviour.EventType;
import merchlab.features.EventLog;
import merchlab.features.RequestFeatures;
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
        int requests = log.requests().size();
        List<List<Integer>> shown = new ArrayList<>(requests);
        for (int r = 0; r < requests; r++) {
            shown.add(new ArrayList<>());
        }
        int[] query = new int[requests];
        java.util.Arrays.fill(query, -1);
        java.util.Set<Long> engaged = new java.util.HashSet<>();
        for (int i = 0; i < log.size(); i++) {
            int r = log.request(i);
            if (r < 0) {
                continue;
            }
            if (query[r] < 0) {
                query[r] = log.query(i);
            }
            if (log.type(i) == EventType.IMPRESSION && log.product(i) >= 0) {
                shown.get(r).add(i);
            } else if (log.isEngagement(i) && log.product(i) >= 0) {
                engaged.add(((long) r << 32) | log.product(i));
            }
        }
        boolean[] done = new boolean[requests];
        int[] visit = log.visitQueries();
        for (int i = 0; i < log.size(); i++) {
            int r = log.request(i);
            if (r >= 0 && !done[r] && !shown.get(r).isEmpty()) {
                done[r] = true;
                int first = shown.get(r).get(0);
                if (log.timestamp(first) >= cutoff) {
                    t.add(log, catalog, r, shown.get(r), query[r], visit[first], histories, recommended, engaged);
                }
            }
            if (log.isEngagement(i) && log.product(i) >= 0 && log.user(i) >= 0) {
                histories.computeIfAbsent(log.user(i), u -> new ArrayList<>()).add(catalog.id(log.product(i)));
            } else if (log.type(i) == EventType.IMPRESSION && log.product(i) >= 0 && log.user(i) >= 0 && r >= 0
                    && query[r] < 0) {
                recommended.computeIfAbsent(log.user(i), u -> new ArrayList<>()).add(catalog.id(log.product(i)));
            }
        }
        return t;
    }

    private void add(EventLog log, ShopCatalog catalog, int r, List<Integer> events, int q, int visitQuery,
                     Map<Integer, List<String>> histories, Map<Integer, List<String>> recommended,
                     java.util.Set<Long> engaged) {
        int first = events.get(0);
        long ts = log.timestamp(first);
        int user = log.user(first);
        List<String> history = user < 0 ? List.of() : histories.getOrDefault(user, List.of());
        Context context = new Context(EventLog.deviceName(log.device(first)), RequestFeatures.hourOf(ts),
                RequestFeatures.weekdayOf(ts), q < 0 && visitQuery >= 0 ? log.queries().name(visitQuery) : null);
        List<String> shownBefore = user < 0 ? List.of() : recommended.getOrDefault(user, List.of());
        ScoringRequest request = new ScoringRequest(user < 0 ? null : log.users().name(user), history,
                q < 0 ? null : log.queries().name(q), context, shownBefore);
        List<String> products = new ArrayList<>(events.size());
        int[] positions = new int[events.size()];
        boolean[] click = new boolean[events.size()];
        float[] truth = new float[events.size()];
        for (int k = 0; k < events.size(); k++) {
            int e = events.get(k);
            products.add(catalog.id(log.product(e)));
            positions[k] = Math.max(1, log.position(e));
            click[k] = engaged.contains(((long) r << 32) | log.product(e));
            truth[k] = log.trueCtr(e);
            allTrue &= !Float.isNaN(truth[k]);
        }
        lists.add(new ShownList(request, products, positions));
        shownAt.add(ts);
        clicked.add(click);
        trueCtr.add(truth);
        impressions += events.size();
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
