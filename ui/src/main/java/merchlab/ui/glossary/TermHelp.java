package merchlab.ui.glossary;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The "?" beside a term: hovering or clicking it shows what the term means. */
public final class TermHelp {
    private TermHelp() {
    }

    /** A "?" for {@code term}, which must be in the {@link Glossary}. */
    public static Label of(String term) {
        String meaning = Glossary.meaning(term).orElseThrow(() -> new IllegalArgumentException(
                "no glossary entry for " + term));
        Label help = new Label("?");
        help.getStyleClass().add("term-help");
        help.setId("help-" + term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        help.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(term + ": " + meaning);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.seconds(30));
        help.setTooltip(tip);
        help.setOnMouseClicked(e -> tip.show(help, e.getScreenX() + 8, e.getScreenY() + 8));
        return help;
    }
}
