package merchlab.ui.chart;

import java.util.List;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws floating bars (bar {@code i} at x = i from {@code from} to {@code to}) with optional whiskers and connectors. */
final class BarRenderer extends ErrorDataSetRenderer {
    private static final Color UP = Color.web("#2e9d5b");
    private static final Color DOWN = Color.web("#d6453d");
    private static final Color TOTAL = Color.web("#4a6fa5");
    private static final double WIDTH = 0.7;

    private final Axis x;
    private final Axis y;
    private List<Bar> bars = List.of();
    private boolean connectors;

    BarRenderer(Axis x, Axis y) {
        this.x = x;
        this.y = y;
        setDrawMarker(false);
    }

    /** The bars to draw; with {@code connectors}, a thin line joins each bar's end to the next bar (a waterfall). */
    void setBars(List<Bar> bars, boolean connectors) {
        this.bars = List.copyOf(bars);
        this.connectors = connectors;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        gc.save();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double left = x.getDisplayPosition(i - WIDTH / 2);
            double right = x.getDisplayPosition(i + WIDTH / 2);
            double top = y.getDisplayPosition(Math.max(b.from(), b.to()));
            double bottom = y.getDisplayPosition(Math.min(b.from(), b.to()));
            double height = Math.max(1, Math.abs(bottom - top));
            gc.setFill(switch (b.kind()) {
                case UP -> UP;
                case DOWN -> DOWN;
                case TOTAL -> TOTAL;
            });
            gc.fillRect(Math.min(left, right), Math.min(top, bottom), Math.abs(right - left), height);
            if (connectors && i + 1 < bars.size()) {
                gc.setStroke(Color.GRAY);
                gc.setLineWidth(1);
                double level = y.getDisplayPosition(b.to());
                gc.strokeLine(right, level, x.getDisplayPosition(i + 1 - WIDTH / 2), level);
            }
            if (b.hasInterval()) {
                double mid = x.getDisplayPosition(i);
                double low = y.getDisplayPosition(b.low());
                double high = y.getDisplayPosition(b.high());
                double cap = Math.abs(right - left) / 4;
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(1.5);
                gc.strokeLine(mid, low, mid, high);
                gc.strokeLine(mid - cap, low, mid + cap, low);
                gc.strokeLine(mid - cap, high, mid + cap, high);
            }
        }
        gc.restore();
    }
}
