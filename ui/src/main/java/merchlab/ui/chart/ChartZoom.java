package merchlab.ui.chart;

import io.fair_acc.chartfx.plugins.Zoomer;

/** The zoom every chart shares: drag to zoom, and the mouse wheel zooms only with Ctrl held, so it scrolls the page. */
final class ChartZoom {
    private ChartZoom() {
    }

    static Zoomer zoomer() {
        Zoomer zoomer = new Zoomer();
        zoomer.setZoomScrollFilter(event -> event.isControlDown() || event.isShortcutDown());
        return zoomer;
    }
}
