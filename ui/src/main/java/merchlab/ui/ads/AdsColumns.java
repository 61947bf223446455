package merchlab.ui.ads;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import merchlab.ui.ColumnHeaders;

/** The Ads section's table columns: text or numbers, never narrower than their header, prose with its tooltip. */
final class AdsColumns {
    private AdsColumns() {
    }

    /** A text column at least {@code width} wide; a cell whose text may be cut shows it whole in a tooltip. */
    static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = base(title, width, value);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return c;
    }

    /** A right-aligned number column at least {@code width} wide. */
    static <R> TableColumn<R, String> number(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = base(title, width, value);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    private static <R> TableColumn<R, String> base(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return ColumnHeaders.readable(c);
    }
}
