package merchlab.ui.explore;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * One model's ranked list: rank, product, predicted CTR, and the product's rank under the baseline and under the other
 * model with the move against each; rows that moved against the other model are tinted (up green, down amber, not in
 * the other list indigo), and a tooltip gives the id, score and the sources that found the product.
 */
final class RankTable {
    private final TableView<ExploreRow> table = new TableView<>();

    private final TableColumn<ExploreRow, String> baseline;
    private final TableColumn<ExploreRow, String> other;

    RankTable(String id, ObservableList<ExploreRow> rows) {
        table.setId(id);
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No products"));
        table.setFixedCellSize(26);
        table.getColumns().add(column("#", 30, r -> Integer.toString(r.rank())));
        table.getColumns().add(column("Product", 120, ExploreRow::title));
        table.getColumns().add(column("CTR", 56, r -> r.ctr() == null ? "–"
                : String.format(Locale.ROOT, "%.2f%%", 100 * r.ctr())));
        baseline = column("Baseline", 100, r -> r.baselineRank() + arrow(r.gainedOnBaseline()));
        other = column("Other", 100, r -> r.otherRank() == null ? "–" : r.otherRank() + arrow(r.movedBy()));
        table.getColumns().add(baseline);
        table.getColumns().add(other);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ExploreRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("moved-up", "moved-down", "moved-in");
                setTooltip(empty || row == null ? null : new Tooltip(tooltip(row)));
                if (!empty && row != null && row.moved()) {
                    getStyleClass().add(row.otherRank() > rows.size() ? "moved-in"
                            : row.movedBy() > 0 ? "moved-up" : "moved-down");
                }
            }
        });
    }

    /** Names the rank columns after the baseline and the other model. */
    void names(String baselineName, String otherName) {
        baseline.setText(baselineName == null ? "Baseline" : baselineName);
        other.setText(otherName == null ? "Other" : otherName);
        other.setVisible(otherName != null);
    }

    private static String tooltip(ExploreRow r) {
        return r.productId() + " · " + r.title() + "\nscore " + String.format(Locale.ROOT, "%.4f", r.score())
                + (r.ctr() == null ? "" : String.format(Locale.ROOT, ", predicted CTR %.2f%%", 100 * r.ctr()))
                + "\nfound by " + String.join(", ", r.sources())
                + "\nrank under the baseline " + r.baselineRank()
                + (r.otherRank() == null ? "" : ", under the other model " + r.otherRank());
    }

    TableView<ExploreRow> view() {
        return table;
    }

    private static String arrow(int places) {
        return places > 0 ? "  ▲" + places : places < 0 ? "  ▼" + (-places) : "";
    }

    private static TableColumn<ExploreRow, String> column(String name, double width, Function<ExploreRow, String> value) {
        TableColumn<ExploreRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
