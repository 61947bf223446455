package merchlab.features;

import java.util.HashSet;
import java.util.Set;
import merchlab.behaviour.EventType;

/** Result lists of the log: their shown events, their query and what was engaged with from them. */
public final class RequestIndex {
    final int[][] shown;
    final int[] query;
    final Set<Long> engaged = new HashSet<>();
    final int impressions;

    public RequestIndex(EventLog log) {
        int n = log.requests().size();
        int[] counts = new int[n];
        query = new int[n];
        java.util.Arrays.fill(query, -1);
        int total = 0;
        for (int i = 0; i < log.size(); i++) {
            int r = log.request(i);
            if (r < 0) {
                continue;
            }
            if (query[r] < 0 && log.query(i) >= 0) {
                query[r] = log.query(i);
            }
            if (log.type(i) == EventType.IMPRESSION && log.product(i) >= 0) {
                counts[r]++;
                total++;
            } else if (log.isEngagement(i) && log.product(i) >= 0) {
                engaged.add(key(r, log.product(i)));
            }
        }
        shown = new int[n][];
        for (int r = 0; r < n; r++) {
            shown[r] = new int[counts[r]];
            counts[r] = 0;
        }
        for (int i = 0; i < log.size(); i++) {
            int r = log.request(i);
            if (r >= 0 && log.type(i) == EventType.IMPRESSION && log.product(i) >= 0) {
                shown[r][counts[r]++] = i;
            }
        }
        impressions = total;
    }

    static long key(int request, int product) {
        return ((long) request << 32) | (product & 0xffffffffL);
    }

    /** The impression events of a result list, in log order. */
    public int[] shown(int request) {
        return shown[request];
    }

    /** The list's query, or -1 for a recommendation. */
    public int query(int request) {
        return query[request];
    }

    /** Whether the product was clicked, carted or bought from the list. */
    public boolean clicked(int request, int product) {
        return engaged.contains(key(request, product));
    }

    PositionCurve positionCurve(EventLog log) {
        long[] imps = new long[PositionCurve.MAX_POSITION + 1];
        long[] clicks = new long[PositionCurve.MAX_POSITION + 1];
        for (int r = 0; r < shown.length; r++) {
            for (int i : shown[r]) {
                int k = Math.min(PositionCurve.MAX_POSITION, log.position(i));
                imps[k]++;
                clicks[k] += clicked(r, log.product(i)) ? 1 : 0;
            }
        }
        return PositionCurve.fit(imps, clicks);
    }
}
