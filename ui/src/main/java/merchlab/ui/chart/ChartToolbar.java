package merchlab.ui.chart;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The row above every chart: "No data" while it is empty, and the export buttons, which keep their words at any
 * width. How to zoom is the chart's tooltip.
 */
final class ChartToolbar {
    /** What every chart's tooltip says about zooming. */
    static final String ZOOM_HINT = "drag or Ctrl+wheel to zoom · right-click to zoom out · middle-drag to pan";

    private ChartToolbar() {
    }

    static Node of(String id, Label empty, Node chart, String hint, Runnable savePng, Runnable saveCsv) {
        Button png = new Button("Save PNG…");
        png.setId(id + "Png");
        png.setTooltip(new Tooltip("Save this chart as a picture"));
        png.setOnAction(e -> savePng.run());
        Button csv = new Button("Save CSV…");
        csv.setId(id + "Csv");
        csv.setTooltip(new Tooltip("Save this chart's data as CSV"));
        csv.setOnAction(e -> saveCsv.run());
        png.setMinWidth(Region.USE_PREF_SIZE);
        csv.setMinWidth(Region.USE_PREF_SIZE);
        png.getStyleClass().add("small");
        csv.getStyleClass().add("small");
        empty.getStyleClass().add("muted");
        empty.setMinWidth(Region.USE_PREF_SIZE);
        empty.setVisible(true);
        Tooltip.install(chart, new Tooltip(hint));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, empty, spacer, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
