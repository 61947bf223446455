package merchlab.sample.ads;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.behaviour.EventType;
import merchlab.sample.session.EventSink;
import merchlab.sample.session.ShopEvent;

/** Counts a generated shop's sponsored impressions, clicks and spend for {@code truth.json}. */
public final class AdSummary implements EventSink {
    private long impressions;
    private long clicks;
    private long spendCents;
    private double trueProbability;

    @Override
    public void accept(ShopEvent e) {
        if (e.ad() == null) {
            return;
        }
        if (e.type() == EventType.IMPRESSION) {
            impressions++;
            trueProbability += e.trueProbability();
        } else if (e.type() == EventType.CLICK) {
            clicks++;
            spendCents += e.ad().priceCents();
        }
    }

    /** The figures, by name, for truth.json. */
    public Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sponsoredImpressions", impressions);
        m.put("sponsoredClicks", clicks);
        m.put("adCtr", impressions == 0 ? 0.0 : (double) clicks / impressions);
        m.put("meanTrueClickProbability", impressions == 0 ? 0.0 : trueProbability / impressions);
        m.put("spend", spendCents / 100.0);
        return m;
    }

    @Override
    public void close() {
        // nothing to flush
    }
}
