package merchlab.app;

/**
 * Starts the desktop workbench when the machine has a display, and says what to do instead when it has none.
 */
final class Desktop {
    private Desktop() {
    }

    static int launch() {
        if (!hasDisplay()) {
            System.err.println("merchlab: no display found, so the desktop workbench cannot open; "
                    + "run ./merchlab demo for a headless end-to-end run, or ./merchlab --help");
            return 2;
        }
        DesktopApp.start(System.currentTimeMillis());
        return 0;
    }

    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
