package merchlab.ui.settings;

/** Where the main window was and how big, in screen coordinates. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** The size a first start opens with. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;

    public WindowPlacement {
        width = Math.max(640, width);
        height = Math.max(420, height);
    }
}
