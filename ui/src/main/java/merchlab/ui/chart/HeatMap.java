package merchlab.ui.chart;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A square matrix of counts as a heat map (a confusion matrix: true class by row, predicted class by column): each
 * cell is shaded by its share of its row, the count written in it; rows are named on the left and columns numbered
 * as the rows are; hovering a cell names both and gives the count. Drawn on a canvas in one pass per
 * {@link #show}; call on the FX thread.
 */
public final class HeatMap {
    private static final double CELL = 20;
    private static final double GAP = 6;
    private static final Color HOT = Color.web("#c2410c");
    private static final Color DIAGONAL = Color.web("#1d4ed8");
    private final Canvas canvas = new Canvas(0, 0);
    private final Label empty = new Label("No data");
    private final Tooltip tip = new Tooltip();
    private final VBox root;
    private final Font font = Font.font(11);
    private List<String> labels = List.of();
    private int[][] counts = new int[0][0];
    private double left;
    private double top;

    public HeatMap(String id, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        canvas.setId(id + "Canvas");
        root = new VBox(6, heading, empty, canvas);
        root.setId(id);
        root.getStyleClass().add("heat-map");
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(describe(e.getX(), e.getY())));
    }

    public Node createView() {
        return root;
    }

    /** Draws {@code counts[row][column]} with the rows and columns named by {@code labels}; empty clears it. */
    public void show(List<String> labels, int[][] counts) {
        this.labels = List.copyOf(labels);
        this.counts = counts;
        int n = labels.size();
        empty.setVisible(n == 0);
        empty.setManaged(n == 0);
        double widest = 0;
        for (int i = 0; i < n; i++) {
            widest = Math.max(widest, width(label(i)));
        }
        left = Math.ceil(widest) + GAP;
        top = Math.ceil(width(Integer.toString(n))) + GAP + 8;
        canvas.setWidth(n == 0 ? 0 : left + n * CELL + 1);
        canvas.setHeight(n == 0 ? 0 : top + n * CELL + 1);
        draw();
    }

    /** The count of a cell, for tests. */
    public int count(int row, int column) {
        return counts[row][column];
    }

    /** The row and column names. */
    public List<String> labels() {
        return labels;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        int n = labels.size();
        for (int r = 0; r < n; r++) {
            int total = 0;
            for (int c = 0; c < n; c++) {
                total += counts[r][c];
            }
            g.setFill(Color.web("#334155"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(label(r), left - GAP, top + r * CELL + CELL / 2);
            for (int c = 0; c < n; c++) {
                double share = total == 0 ? 0 : (double) counts[r][c] / total;
                Color base = r == c ? DIAGONAL : HOT;
                // a mistake stays visible however rare it is; the diagonal darkens with its share
                double strength = r == c ? 0.15 + 0.85 * share : 0.45 + 0.55 * share;
                g.setFill(counts[r][c] == 0 ? Color.web("#f8fafc") : base.deriveColor(0, 1, 1, strength));
                g.fillRect(left + c * CELL, top + r * CELL, CELL, CELL);
                g.setStroke(Color.web("#e2e8f0"));
                g.strokeRect(left + c * CELL + 0.5, top + r * CELL + 0.5, CELL, CELL);
                if (counts[r][c] > 0) {
                    g.setFill(r == c && share <= 0.5 ? Color.web("#0f172a") : Color.WHITE);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(compact(counts[r][c]), left + c * CELL + CELL / 2, top + r * CELL + CELL / 2);
                }
            }
        }
        g.setFill(Color.web("#334155"));
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < n; c++) {
            g.fillText(Integer.toString(c + 1), left + c * CELL + CELL / 2, top - GAP - 4);
        }
    }

    private String describe(double x, double y) {
        int c = (int) Math.floor((x - left) / CELL);
        int r = (int) Math.floor((y - top) / CELL);
        int n = labels.size();
        if (r < 0 || c < 0 || r >= n || c >= n) {
            return "rows: the true class; columns: the class given, numbered as the rows";
        }
        return String.format(Locale.ROOT, "true %s, given %s: %d", labels.get(r), labels.get(c), counts[r][c]);
    }

    private String label(int row) {
        return (row + 1) + " " + labels.get(row);
    }

    private double width(String text) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static String compact(int count) {
        return count < 1000 ? Integer.toString(count) : (count / 1000) + "k";
    }
}
