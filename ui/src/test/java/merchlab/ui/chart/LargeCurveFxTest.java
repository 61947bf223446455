package merchlab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.spi.AbstractPointReducingRenderer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import merchlab.ui.Theme;
import merchlab.ui.fx.FxTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A curve of 1,000,000 points in a {@link ChartPanel}: drawn with point reduction, zoomed by a real mouse drag, and
 * timed per frame (first frame, zoom steps, pan steps; printed for BENCHMARKS.md).
 */
@ExtendWith(ApplicationExtension.class)
class LargeCurveFxTest {
    private static final int POINTS = 1_000_000;
    private ChartPanel panel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        panel = new ChartPanel("large", "A million points", "step", "loss");
        scene = new Scene((Parent) panel.createView(), 1280, 800);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void millionPointCurveStaysInteractive(FxRobot robot) throws Exception {
        Series curve = randomWalk(POINTS);
        XYChart chart = robot.lookup("#largeChart").query();
        double first = frameMillis(robot, chart, () -> panel.show(List.of(curve)));
        assertEquals(POINTS, panel.points());
        AbstractPointReducingRenderer<?> lines = (AbstractPointReducingRenderer<?>) chart.getRenderers().get(0);
        assertTrue(lines.isActualReducePoints(), "a million points are drawn reduced to the screen's resolution");

        Axis x = chart.getXAxis();
        double width = POINTS;
        double[] zoom = new double[10];
        double[] pan = new double[10];
        for (int i = 0; i < zoom.length; i++) {
            double span = width / Math.pow(2, i + 1);
            zoom[i] = frameMillis(robot, chart, () -> range(x, 0, span));
        }
        double span = width / 64;
        for (int i = 0; i < pan.length; i++) {
            double from = i * span / 2;
            pan[i] = frameMillis(robot, chart, () -> range(x, from, from + span));
        }
        System.out.println("zoom frames " + Arrays.toString(zoom) + ", pan frames " + Arrays.toString(pan));
        System.out.printf(Locale.ROOT, "large curve: %,d points, first frame %.0f ms, zoom frame median %.0f ms, "
                + "pan frame median %.0f ms%n", POINTS, first, median(zoom), median(pan));
        // a frame that redrew all million points one by one would take seconds; reduced, it takes a few milliseconds
        assertTrue(median(zoom) < 1000 && median(pan) < 1000, "zoom and pan frames stay interactive");

        robot.interact(() -> {
            x.setAutoRanging(true);
            x.invalidateRange();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = x.getMax() - x.getMin();
        Bounds area = chart.getCanvas().localToScreen(chart.getCanvas().getBoundsInLocal());
        robot.drag(area.getMinX() + area.getWidth() * 0.3, area.getMinY() + area.getHeight() * 0.2, MouseButton.PRIMARY)
                .dropTo(area.getMinX() + area.getWidth() * 0.5, area.getMinY() + area.getHeight() * 0.8);
        FxTests.waitUntil("the drag zooms in", () -> x.getMax() - x.getMin() < before * 0.5);
        FxTests.screenshot(scene, "large-curve");
    }

    private static void range(Axis x, double min, double max) {
        x.setAutoRanging(false);
        x.setMin(min);
        x.setMax(max);
    }

    /** Runs {@code change} on the FX thread and renders the chart at once: the time one frame costs. */
    private static double frameMillis(FxRobot robot, XYChart chart, Runnable change) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            long started = System.nanoTime();
            change.run();
            chart.snapshot(null, null);
            return (System.nanoTime() - started) / 1e6;
        }).get();
    }

    private static Series randomWalk(int n) {
        SplittableRandom random = new SplittableRandom(7);
        double[] x = new double[n];
        double[] y = new double[n];
        double v = 1;
        for (int i = 0; i < n; i++) {
            v = Math.max(0.01, v * 0.99999 + random.nextGaussian() * 0.01);
            x[i] = i;
            y[i] = v;
        }
        return Series.of("loss", x, y);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
