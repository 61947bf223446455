package merchlab.ui.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import merchlab.service.WordWeight;

/**
 * A message's words as labels shaded by their occlusion weight: orange for a word whose removal lowers the intent's
 * confidence, the darker the more; blue for one whose removal raises it; none for a word that does not matter.
 */
final class WordShading {
    /** Weights below this (in confidence) leave a word unshaded. */
    static final double NEGLIGIBLE = 0.005;

    private WordShading() {
    }

    /** One label per word of {@code message}, in order, each with its weight in a tooltip. */
    static List<Node> labels(String message, List<WordWeight> words) {
        double most = words.stream().mapToDouble(w -> Math.abs(w.weight())).max().orElse(0);
        List<Node> out = new ArrayList<>();
        for (WordWeight w : words) {
            Label l = new Label(w.word());
            l.getStyleClass().add("service-word");
            double share = most == 0 ? 0 : Math.abs(w.weight()) / most;
            if (Math.abs(w.weight()) >= NEGLIGIBLE) {
                String colour = w.weight() > 0 ? "234, 88, 12" : "37, 99, 235";
                l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f); -fx-padding: 1 3 1 3;"
                        + " -fx-background-radius: 3;", colour, 0.12 + 0.68 * share));
            } else {
                l.setStyle("-fx-padding: 1 3 1 3;");
            }
            l.setTooltip(new Tooltip(String.format(Locale.ROOT, "confidence %s %.3f when left out",
                    w.weight() >= 0 ? "drops by" : "rises by", Math.abs(w.weight()))));
            out.add(l);
        }
        if (out.isEmpty() && message != null && !message.isBlank()) {
            out.add(new Label(message)); // no word weights: the message as written
        }
        return out;
    }
}
