package merchlab.ui.ads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import merchlab.eval.ads.AdSimulation;
import merchlab.eval.ads.ReplayResult;
import merchlab.eval.ads.SlotCalibration;
import merchlab.metric.CalibrationError;
import merchlab.ui.chart.Series;

/** The replay's curves: revenue against relevance per reserve, and the reliability of a source per slot. */
final class ReplayCurves {
    private ReplayCurves() {
    }

    /**
     * One curve per reserve price: the ranker's revenue (y) against the mean judged gain of the ads it showed on
     * searches (x: their relevance), one point per relevance weight, from weight 0 to 1. A point that showed no judged
     * ad is left out.
     */
    static List<Series> tradeoff(AdSimulation.Report report) {
        TreeMap<Double, List<ReplayResult>> byReserve = new TreeMap<>();
        for (ReplayResult r : report.tradeoff()) {
            byReserve.computeIfAbsent(r.reserve(), k -> new ArrayList<>()).add(r);
        }
        List<Series> out = new ArrayList<>();
        byReserve.forEach((reserve, results) -> {
            List<ReplayResult> kept = results.stream().filter(r -> !Double.isNaN(r.meanGain()))
                    .sorted(java.util.Comparator.comparingDouble(ReplayResult::relevanceWeight)).toList();
            if (!kept.isEmpty()) {
                out.add(Series.of(String.format(Locale.ROOT, "reserve %.2f", reserve),
                        kept.stream().mapToDouble(ReplayResult::meanGain).toArray(),
                        kept.stream().mapToDouble(ReplayResult::revenue).toArray()));
            }
        });
        return out;
    }

    /**
     * The reliability curves of one source: per slot (slot 0: all slots) mean predicted CTR against the observed
     * click rate of each bucket with ads, before and after calibration, and the perfect diagonal.
     */
    static List<Series> reliability(AdSimulation.Report report, String source) {
        List<Series> out = new ArrayList<>();
        double top = 0;
        for (SlotCalibration c : report.calibration()) {
            if (!c.pctr().equals(source)) {
                continue;
            }
            String slot = c.slot() == 0 ? "all slots" : "slot " + c.slot();
            Series before = curve(slot + " before", c.before());
            Series after = curve(slot + " after", c.after());
            for (Series s : List.of(before, after)) {
                if (s.size() > 0) {
                    out.add(s);
                    for (int i = 0; i < s.size(); i++) {
                        top = Math.max(top, Math.max(s.x()[i], s.y()[i]));
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            double end = Math.min(1, Math.max(0.01, top));
            out.add(Series.of("perfect", new double[] {0, end}, new double[] {0, end}));
        }
        return out;
    }

    private static Series curve(String name, CalibrationError.Bucket[] buckets) {
        List<double[]> points = new ArrayList<>();
        for (CalibrationError.Bucket b : buckets) {
            if (b.count() > 0) {
                points.add(new double[] {b.meanPredicted(), b.observedRate()});
            }
        }
        return Series.of(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }
}
