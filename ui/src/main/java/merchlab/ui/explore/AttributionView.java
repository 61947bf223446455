package merchlab.ui.explore;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import merchlab.explain.ItemExplanation;

/** A ranker's attributions of one score, step by step from the baseline to the score. */
final class AttributionView {
    private AttributionView() {
    }

    static Node of(ItemExplanation x, double smallest) {
        VBox box = new VBox(2);
        for (ItemExplanation.WaterfallStep s : x.waterfall(false, smallest)) {
            box.getChildren().add(new Label(String.format(Locale.ROOT, "%-24s %+.3f%%", s.label(), 100 * s.change())));
        }
        return box;
    }
}
