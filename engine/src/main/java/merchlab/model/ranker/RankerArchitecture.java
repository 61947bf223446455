package merchlab.model.ranker;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.MerchLabException;

/**
 * The ranker's shape: adapter width, cross layers, hidden layers of the deep part, and the training-only choices
 * (validation share, weight decay).
 *
 * @param adapter         width of the trainable projections of the query, product and shopper embeddings (0: the
 *                        head reads the single-value features only)
 * @param crossLayers     layers of the cross network (Wang et al., "DCN V2", WWW 2021)
 * @param hidden          units of the two hidden layers of the deep part
 * @param validationShare share of the newest training result lists held out for early stopping
 * @param weightDecay     L2 penalty of the Adam optimiser
 */
public record RankerArchitecture(int adapter, int crossLayers, int hidden, double validationShare, double weightDecay) {
    public RankerArchitecture {
        if (adapter < 0 || adapter > 256 || crossLayers < 0 || crossLayers > 6 || hidden < 4 || hidden > 1024) {
            throw new MerchLabException("ranker shape out of range: adapter 0-256, cross layers 0-6, hidden 4-1024");
        }
        if (validationShare <= 0 || validationShare >= 0.5) {
            throw new MerchLabException("validation share must be between 0 and 0.5, not " + validationShare);
        }
    }

    public static RankerArchitecture defaults() {
        return new RankerArchitecture(4, 0, 8, 0.1, 0);
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("adapter", adapter);
        m.put("crossLayers", crossLayers);
        m.put("hidden", hidden);
        m.put("validationShare", validationShare);
        m.put("weightDecay", weightDecay);
        return m;
    }

    public static RankerArchitecture fromMap(Map<String, Object> m) {
        RankerArchitecture d = defaults();
        return new RankerArchitecture(num(m, "adapter", d.adapter), num(m, "crossLayers", d.crossLayers),
                num(m, "hidden", d.hidden), dbl(m, "validationShare", d.validationShare),
                dbl(m, "weightDecay", d.weightDecay));
    }

    private static int num(Map<String, Object> m, String k, int fallback) {
        Object v = m.get(k);
        return v instanceof Number n ? n.intValue() : v instanceof String s ? Integer.parseInt(s.strip()) : fallback;
    }

    private static double dbl(Map<String, Object> m, String k, double fallback) {
        Object v = m.get(k);
        return v instanceof Number n ? n.doubleValue() : v instanceof String s ? Double.parseDouble(s.strip()) : fallback;
    }
}
