package merchlab.ui.explore;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import merchlab.ui.glossary.TermHelp;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import merchlab.explain.HistoryInfluence;
import merchlab.explain.ItemExplanation;
import merchlab.scoring.ShopExplorer;
import merchlab.ui.chart.AttributionChart;

/**
 * Why the selected product scores as it does, one column per shown model: the score against the attributions'
 * baseline, the attribution chart (a ranker) or the history that drove the score (other models), and the reasons.
 */
final class ExplanationPane {
    /** History effects smaller than this (in score units) are left out. */
    static final double SMALLEST_EFFECT = 1e-6;
    /** History entries listed for models without feature attributions. */
    static final int HISTORY_SHOWN = 5;
    /** The attribution chart's height: a bar per feature group with its axis, readable without scrolling it. */
    static final double CHART_HEIGHT = 320;

    private final ObservableList<ShopExplorer.Explained> explanations;
    private final HBox columns = new HBox(14);
    private final Label empty = new Label("Select a product to see why it ranks where it does.");
    private final VBox root;

    ExplanationPane(ObservableList<ShopExplorer.Explained> explanations) {
        this.explanations = explanations;
        empty.getStyleClass().add("muted");
        root = new VBox(6, empty, columns);
        root.setId("exploreExplanations");
        explanations.addListener((ListChangeListener<ShopExplorer.Explained>) c -> show());
        show();
    }

    Node view() {
        return root;
    }

    private void show() {
        columns.getChildren().clear();
        empty.setVisible(explanations.isEmpty());
        empty.setManaged(explanations.isEmpty());
        for (ShopExplorer.Explained e : explanations) {
            Node column = column(e);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
    }

    private Node column(ShopExplorer.Explained e) {
        ItemExplanation x = e.explanation();
        Label title = new Label(e.model() + " · " + x.productId() + " · " + headline(x));
        title.getStyleClass().add("subsection-title");
        title.setWrapText(true);
        HBox heading = new HBox(6, title);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (x.hasAttributions()) {
            heading.getChildren().addAll(TermHelp.of("completeness error"), TermHelp.of("attribution"));
        }
        VBox box = new VBox(4, heading);
        box.getStyleClass().add("card");
        box.setMaxWidth(Double.MAX_VALUE);
        List<String> reasons = x.reasons();
        for (String r : reasons) {
            Label reason = new Label("• " + r);
            reason.setWrapText(true);
            reason.getStyleClass().add("explore-reason");
            box.getChildren().add(reason);
        }
        if (reasons.isEmpty()) {
            Label none = new Label("No reason stands out.");
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        if (x.hasAttributions()) {
            AttributionChart chart = new AttributionChart("exploreAttribution" + columns.getChildren().size(),
                    "Attributions: " + e.model());
            chart.show(x, false);
            javafx.scene.layout.Region view = (javafx.scene.layout.Region) chart.createView();
            view.setMinHeight(CHART_HEIGHT);
            view.setPrefHeight(CHART_HEIGHT);
            box.getChildren().add(view);
        } else {
            List<HistoryInfluence.HistoryEffect> drivers = x.history().stream()
                    .filter(h -> Math.abs(h.effect()) > SMALLEST_EFFECT).limit(HISTORY_SHOWN).toList();
            Label caption = new Label(drivers.isEmpty() ? "The shopper's history does not move this model's score."
                    : "History that raised the score, and by how much:");
            caption.getStyleClass().add("muted");
            caption.setWrapText(true);
            box.getChildren().add(caption);
            for (HistoryInfluence.HistoryEffect h : drivers) {
                box.getChildren().add(new Label(String.format(Locale.ROOT, "%+.4f  %s (%s)", h.effect(), h.title(),
                        h.productId())));
            }
        }
        return box;
    }

    /** The score, and for a ranker the baseline it starts from and how well the attributions add up. */
    static String headline(ItemExplanation x) {
        if (!x.hasAttributions()) {
            return String.format(Locale.ROOT, "score %.4f", x.score());
        }
        return String.format(Locale.ROOT, "CTR %.2f%% (baseline %.2f%%, completeness error %.2f%%)",
                100 * x.score(), 100 * x.baselineScore(), 100 * x.completenessError());
    }
}
