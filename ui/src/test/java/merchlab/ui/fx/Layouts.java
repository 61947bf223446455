package merchlab.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds what a person would see as a broken layout in a shown window: text cut short with an ellipsis, and charts,
 * lists and tables squeezed below a readable size. For the window tests at the sizes the desktop promises to hold.
 */
public final class Layouts {
    /** Smallest chart (axes and plot together) that still reads: width. */
    public static final double CHART_MIN_WIDTH = 300;
    /** Smallest chart that still reads: height. */
    public static final double CHART_MIN_HEIGHT = 200;
    /** Smallest list or table that still shows rows: a header and about two rows. */
    public static final double LIST_MIN_HEIGHT = 80;
    /** A table or list cell's text up to this length is a number or a code, which is never cut; longer is prose. */
    static final int SHORT_CELL = 14;

    private Layouts() {
    }

    /** Every visible problem under {@code root}, each as "where: what"; call on the FX thread after a layout. */
    public static List<String> problems(Parent root, String where) {
        List<String> found = new ArrayList<>();
        visit(root, where, false, found);
        return found;
    }

    private static void visit(Node node, String where, boolean inCell, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean cell = inCell || node instanceof Cell<?>;
        if (node instanceof Labeled labeled) {
            truncated(labeled, cell).ifPresent(shown -> found.add(String.format(Locale.ROOT,
                    "%s: %s '%s' shows as '%s' (%.0f px wide)", where, describe(labeled), labeled.getText(), shown,
                    labeled.getWidth())));
        }
        if ((node instanceof ListView<?> || node instanceof TableView<?>) && ((Region) node).getHeight() > 0
                && ((Region) node).getHeight() < LIST_MIN_HEIGHT) {
            found.add(String.format(Locale.ROOT, "%s: list %s is %.0f px tall, below %.0f", where, node.getId(),
                    ((Region) node).getHeight(), LIST_MIN_HEIGHT));
        }
        if (node.getStyleClass().contains("chart-panel")) {
            Node chart = node.lookup("#" + node.getId() + "Chart");
            if (chart != null) {
                if (chart.isVisible() && (chart.getLayoutBounds().getWidth() < CHART_MIN_WIDTH
                        || chart.getLayoutBounds().getHeight() < CHART_MIN_HEIGHT)) {
                    found.add(String.format(Locale.ROOT, "%s: chart %s is %.0f x %.0f px, below %.0f x %.0f", where,
                            node.getId(), chart.getLayoutBounds().getWidth(), chart.getLayoutBounds().getHeight(),
                            CHART_MIN_WIDTH, CHART_MIN_HEIGHT));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, where, cell, found);
            }
        }
    }

    /** The text a labeled control shows when it is cut short, else empty; {@code inCell}: it is (in) a table cell. */
    static java.util.Optional<String> truncated(Labeled labeled, boolean inCell) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0) {
            return java.util.Optional.empty();
        }
        if (inCell && full.length() > SHORT_CELL) {
            return java.util.Optional.empty(); // prose in a table may be cut: the row's tooltip or detail has it whole
        }
        Text text = null;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                text = t;
            }
        }
        if (text == null) {
            return java.util.Optional.empty();
        }
        String expected = labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
        String shown = text.getText();
        if (shown.equals(expected) || shown.replace("\n", "").equals(expected.replace("\n", ""))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(shown);
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() == null ? "" : "#" + labeled.getId();
        return labeled.getClass().getSimpleName() + id;
    }
}
