package merchlab.eval.curves;

/**
 * Which test impressions a chart counts.
 *
 * @param device      {@code mobile}, {@code desktop}, {@code tablet}, or null for every device
 * @param topCategory a top-level category name, or null for every category
 * @param from        first day shown (epoch ms, inclusive), or null
 * @param to          end of the range (epoch ms, exclusive), or null
 */
public record CurveFilter(String device, String topCategory, Long from, Long to) {
    public static CurveFilter all() {
        return new CurveFilter(null, null, null, null);
    }

    boolean acceptsList(String listDevice, long shownAt) {
        return (device == null || device.equals(listDevice)) && (from == null || shownAt >= from)
                && (to == null || shownAt < to);
    }
}
