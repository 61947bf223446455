package merchlab.ui.data;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import merchlab.workspace.WorkspaceSummary;
import merchlab.ui.format.Formats;

/** The row of figure cards at the top of the Data section, and the strip of event counts by type. */
final class SummaryCards {
    private final Label products = value("summaryProducts");
    private final Label shoppers = value("summaryShoppers");
    private final Label events = value("summaryEvents");
    private final Label judgments = value("summaryJudgments");
    private final Label range = value("summaryRange");
    private final HBox types = new HBox(6);

    Node createCards() {
        FlowPane cards = new FlowPane(12, 12, card("Products", products), card("Shoppers", shoppers),
                card("Events", events), card("Judgments", judgments), card("Time range (UTC)", range));
        cards.getStyleClass().add("cards");
        range.getStyleClass().add("card-value-small");
        show(null);
        return cards;
    }

    Node createTypeStrip() {
        types.setAlignment(Pos.CENTER_LEFT);
        types.getStyleClass().add("type-strip");
        types.setId("eventTypes");
        return types;
    }

    void show(WorkspaceSummary summary) {
        if (summary == null) {
            for (Label l : new Label[] {products, shoppers, events, judgments, range}) {
                l.setText("…");
            }
            types.getChildren().clear();
            return;
        }
        products.setText(Formats.count(summary.products()));
        shoppers.setText(Formats.count(summary.users()));
        events.setText(Formats.count(summary.events()));
        judgments.setText(Formats.count(summary.judgments()));
        range.setText(Formats.dateRange(summary.from() == null ? null : summary.from().toEpochMilli(),
                summary.to() == null ? null : summary.to().toEpochMilli()));
        types.getChildren().clear();
        for (Map.Entry<String, Long> e : summary.eventsByType().entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            Label pill = Pills.pill(e.getKey());
            Label count = new Label(Formats.count(e.getValue()));
            count.getStyleClass().add("type-count");
            HBox chip = new HBox(6, pill, count);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("type-chip");
            types.getChildren().add(chip);
        }
    }

    private static Label value(String id) {
        Label label = new Label("…");
        label.setId(id);
        label.getStyleClass().add("card-value");
        return label;
    }

    private static Node card(String caption, Label value) {
        Label title = new Label(caption.toUpperCase(java.util.Locale.ROOT));
        title.getStyleClass().add("card-caption");
        VBox card = new VBox(4, title, value);
        card.getStyleClass().add("card");
        return card;
    }
}
