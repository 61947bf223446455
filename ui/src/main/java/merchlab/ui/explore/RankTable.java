package merchlab.ui.explore;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import merchlab.ui.format.Formats;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * One model's ranked list: rank, product (title, then price, category, stock and the judged grade), predicted CTR, and the product's rank under the baseline and under the other
 * model with the move against each; rows that moved against the other model are tinted (up green, down amber, not in
 * the other list indigo), and a tooltip gives the id, score and the sources that found the product.
 */
final class RankTable {
    /** Two lines of text per product. */
    static final double ROW_HEIGHT = 42;

    private final TableView<ExploreRow> table = new TableView<>();

    private final TableColumn<ExploreRow, String> baseline;
    private final TableColumn<ExploreRow, String> other;

    RankTable(String id, ObservableList<ExploreRow> rows) {
        table.setId(id);
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No products"));
        table.setFixedCellSize(ROW_HEIGHT);
        TableColumn<ExploreRow, String> rank = column("#", 40, r -> Integer.toString(r.rank()));
        rank.setMinWidth(40);
        rank.setMaxWidth(52);
        table.getColumns().add(rank);
        TableColumn<ExploreRow, ExploreRow> product = new TableColumn<>("Product");
        product.setPrefWidth(260);
        product.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        product.setCellFactory(c -> new ProductCell());
        table.getColumns().add(product);
        TableColumn<ExploreRow, String> ctr = column("CTR", 72, r -> Formats.ctr(r.ctr()));
        ctr.setMinWidth(72);
        ctr.setMaxWidth(90);
        table.getColumns().add(ctr);
        baseline = column("Baseline", 100, r -> r.baselineRank() + arrow(r.gainedOnBaseline()));
        other = column("Other", 100, r -> r.otherRank() == null ? "–" : r.otherRank() + arrow(r.movedBy()));
        baseline.setMinWidth(92);
        other.setMinWidth(92);
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
                + (r.ctr() == null ? "" : ", predicted CTR " + Formats.ctr(r.ctr()))
                + "\nfound by " + String.join(", ", r.sources())
                + "\nrank under the baseline " + r.baselineRank()
                + (r.otherRank() == null ? "" : ", under the other model " + r.otherRank());
    }

    /** Title on the first line, price, category, stock and the judged grade on the second. */
    private static final class ProductCell extends TableCell<ExploreRow, ExploreRow> {
        private final Label title = new Label();
        private final Label facts = new Label();
        private final Label grade = new Label();
        private final VBox box;

        ProductCell() {
            title.getStyleClass().add("product-title");
            facts.getStyleClass().add("product-facts");
            grade.getStyleClass().add("grade-chip");
            grade.setMinWidth(Label.USE_PREF_SIZE);
            HBox second = new HBox(6, grade, facts);
            second.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(1, title, second);
            box.setMinWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(ExploreRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            facts.setText(row.facts());
            grade.setText(row.grade() == null ? "" : Grades.label(row.grade()));
            grade.setVisible(row.grade() != null);
            grade.setManaged(row.grade() != null);
            setGraphic(box);
        }
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
