package merchlab.ui.data;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Small coloured labels for event types and import statuses; the stylesheet colours them by value. */
final class Pills {
    private Pills() {
    }

    static Label pill(String value) {
        Label label = new Label(value);
        label.getStyleClass().addAll("pill", "pill-" + value.toLowerCase(Locale.ROOT).replace('_', '-'));
        return label;
    }

    /** Renders a column's text as a pill. */
    static <T> void render(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null || item.isEmpty() ? null : pill(item));
            }
        });
    }
}
