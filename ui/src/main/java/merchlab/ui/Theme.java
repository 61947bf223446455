package merchlab.ui;

/** The desktop's own stylesheet: a light, quiet look with one indigo accent. */
public final class Theme {
    private Theme() {
    }

    /** The stylesheet's URL, for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        var url = Theme.class.getResource("/merchlab/ui/merchlab.css");
        if (url == null) {
            throw new IllegalStateException("merchlab.css is missing from the ui jar");
        }
        return url.toExternalForm();
    }
}
