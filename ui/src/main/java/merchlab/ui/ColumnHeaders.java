package merchlab.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table column headers that keep their words: a column never shrinks below its header's text. */
public final class ColumnHeaders {
    /** A header cell's padding and sort arrow, beside the text. */
    private static final double PADDING = 28;

    private ColumnHeaders() {
    }

    /** Sets {@code column}'s minimum width to its header text's width (in the default font) plus padding. */
    public static <S, T> TableColumn<S, T> readable(TableColumn<S, T> column) {
        double text = new Text(column.getText()).getLayoutBounds().getWidth();
        column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(text * 1.1) + PADDING));
        return column;
    }
}
