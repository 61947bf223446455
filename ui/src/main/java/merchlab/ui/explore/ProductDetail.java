package merchlab.ui.explore;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import merchlab.ui.format.Formats;

/** The picked product in full: its whole title, id and brand, price, category and stock, and its judged grade. */
final class ProductDetail {
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label ranks = new Label();
    private final VBox root = new VBox(title, facts, ranks);

    ProductDetail(ReadOnlyObjectProperty<ExploreRow> row) {
        title.getStyleClass().add("product-detail-title");
        title.setWrapText(true);
        title.setId("exploreProductTitle");
        facts.setWrapText(true);
        facts.getStyleClass().add("muted");
        facts.setId("exploreProductFacts");
        ranks.setWrapText(true);
        ranks.getStyleClass().add("muted");
        root.getStyleClass().addAll("card", "product-detail");
        root.setId("exploreProduct");
        row.addListener((obs, old, now) -> show(now));
        show(row.get());
    }

    Node view() {
        return root;
    }

    private void show(ExploreRow r) {
        root.setVisible(r != null);
        root.setManaged(r != null);
        if (r == null) {
            return;
        }
        title.setText(r.title());
        StringBuilder b = new StringBuilder(r.productId());
        if (r.product() != null && r.product().brand() != null && !r.product().brand().isBlank()) {
            b.append(" · ").append(r.product().brand());
        }
        if (!r.facts().isEmpty()) {
            b.append(" · ").append(r.facts());
        }
        if (r.grade() != null) {
            b.append(" · ").append(Grades.label(r.grade())).append(" for this query");
        }
        facts.setText(b.toString());
        ranks.setText("Rank " + r.rank() + " here, " + r.baselineRank() + " under the baseline"
                + (r.otherRank() == null ? "" : ", " + r.otherRank() + " under the other model")
                + (r.ctr() == null ? "" : "; predicted CTR " + Formats.ctr(r.ctr()))
                + "; found by " + String.join(", ", r.sources()));
    }
}
