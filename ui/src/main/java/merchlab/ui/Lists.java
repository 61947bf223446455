package merchlab.ui;

/** How small a list or table may get on a page before the page scrolls instead: three rows and a header. */
public final class Lists {
    /** The smallest height, in pixels, of a list or table that shows rows. */
    public static final double MIN_HEIGHT = 96;

    private Lists() {
    }
}
