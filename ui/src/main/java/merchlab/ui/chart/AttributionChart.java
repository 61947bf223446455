package merchlab.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import merchlab.explain.Explanation;
import merchlab.explain.ItemExplanation;

/**
 * One product's attribution chart: a waterfall from the baseline score through what each feature group (or each of the
 * strongest features) added, to the product's score. For the Explain and Explore sections; call on the FX thread.
 */
public final class AttributionChart {
    /** Features shown one by one when drawing by feature; the rest are summed into "other features". */
    public static final int TOP_FEATURES = 12;

    private final BarChartPanel panel;

    /** @param id the node id of the chart panel (its buttons get {@code id + "Png"} and {@code id + "Csv"}) */
    public AttributionChart(String id, String title) {
        panel = new BarChartPanel(id, title, "predicted CTR");
    }

    public Node createView() {
        return panel.createView();
    }

    /** Draws {@code explanation}'s waterfall by group or by feature; an explanation without attributions clears it. */
    public void show(ItemExplanation explanation, boolean byFeature) {
        panel.show(explanation == null ? List.of() : waterfall(explanation, byFeature), true);
    }

    /** The chart panel itself: its bars, exports and export targets. */
    public BarChartPanel panel() {
        return panel;
    }

    /**
     * The bars of a waterfall: the baseline score, one step per group in group order (or per feature for the
     * {@link #TOP_FEATURES} largest by size, in schema order, then "other features"), and the score. Steps end at
     * baseline plus the attributions' sum, which differs from the score by the completeness error.
     */
    public static List<Bar> waterfall(ItemExplanation e, boolean byFeature) {
        List<Bar> bars = new ArrayList<>();
        if (!e.hasAttributions()) {
            return bars;
        }
        bars.add(Bar.total("baseline", e.baselineScore()));
        double at = e.baselineScore();
        if (byFeature) {
            List<Explanation.FeatureAttribution> strongest = e.features().stream()
                    .sorted(Comparator.comparingDouble(f -> -Math.abs(f.attribution()))).limit(TOP_FEATURES).toList();
            double rest = 0;
            for (Explanation.FeatureAttribution f : e.features()) {
                if (strongest.contains(f)) {
                    bars.add(Bar.step(f.name(), at, at + f.attribution()));
                    at += f.attribution();
                } else {
                    rest += f.attribution();
                }
            }
            if (rest != 0) {
                bars.add(Bar.step("other features", at, at + rest));
            }
        } else {
            for (ItemExplanation.WaterfallStep s : e.waterfall(false, 0)) {
                bars.add(Bar.step(s.label(), s.from(), s.to()));
            }
        }
        bars.add(Bar.total("score", e.score()));
        return bars;
    }
}
