package merchlab.eval.ads;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import merchlab.metric.LogLoss;
import merchlab.model.calibration.Calibration;
import merchlab.model.calibration.Calibrator;

/**
 * A predicted CTR's calibration for ads: one calibrator per sponsored slot that had enough logged ads to fit one
 * (slots differ: a search's first slot, its fourth, a recommendation list's slot), and one fitted on every slot for
 * the others.
 *
 * @param overall fitted on the ads of every slot
 * @param bySlot  fitted on one slot's ads, for the slots with enough of them
 */
public record AdCalibration(Calibration overall, Map<Integer, Calibration> bySlot) {
    public AdCalibration {
        bySlot = Map.copyOf(bySlot);
    }

    /**
     * Fits the calibrators on predictions at the slots the ads were shown in and whether they were clicked. A slot
     * keeps its own calibrator only where that calibrator's held-out log loss beats the overall calibrator's on the
     * slot's ads (a slot with few ads would otherwise be fitted to its noise).
     */
    public static AdCalibration fit(double[] predicted, boolean[] clicked, int[] slots) {
        Calibration overall = Calibration.fit(predicted, clicked);
        Map<Integer, Calibration> bySlot = new TreeMap<>();
        for (int slot : Arrays.stream(slots).distinct().toArray()) {
            int n = (int) Arrays.stream(slots).filter(s -> s == slot).count();
            double[] p = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0, k = 0; i < slots.length; i++) {
                if (slots[i] == slot) {
                    p[k] = predicted[i];
                    y[k++] = clicked[i];
                }
            }
            Calibration c = Calibration.fit(p, y);
            double own = Math.min(c.plattLogLoss(), c.isotonicLogLoss());
            if (c.calibrator() != Calibrator.NONE && own < LogLoss.of(overall.calibrator().applyAll(p), y)) {
                bySlot.put(slot, c);
            }
        }
        return new AdCalibration(overall, bySlot);
    }

    /** No calibration: the predictions as they are. */
    public static AdCalibration none() {
        return new AdCalibration(new Calibration(Calibrator.NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                Map.of());
    }

    /** The calibrator of predictions at a slot. */
    public Calibrator forSlot(int slot) {
        Calibration c = bySlot.get(slot);
        return c != null ? c.calibrator() : overall.calibrator();
    }

    /** {@code none}, or the methods chosen, for example {@code platt} or {@code 1 platt, 2 isotonic, 4 platt}. */
    public String method() {
        if (bySlot.isEmpty()) {
            return overall.calibrator().method();
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(bySlot).forEach((slot, c) -> sb.append(sb.length() == 0 ? "" : ", ").append(slot).append(' ')
                .append(c.calibrator().method()));
        return sb.toString();
    }

    /** Calibrators stored by {@link #asMap}. */
    public static AdCalibration fromMap(Map<String, ?> stored) {
        Map<Integer, Calibration> bySlot = new TreeMap<>();
        if (stored.get("bySlot") instanceof Map<?, ?> slots) {
            slots.forEach((slot, c) -> bySlot.put(Integer.parseInt(slot.toString()), Calibration.fromMap(map(c))));
        }
        return new AdCalibration(Calibration.fromMap(map(stored.get("overall"))), bySlot);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("a stored ads calibration lacks its calibrator");
        }
        return (Map<String, ?>) o;
    }

    /** The calibrators as stored and printed: {@code overall} and {@code bySlot}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", overall.asMap());
        Map<String, Object> slots = new LinkedHashMap<>();
        new TreeMap<>(bySlot).forEach((slot, c) -> slots.put(Integer.toString(slot), c.asMap()));
        m.put("bySlot", slots);
        return m;
    }
}
