package merchlab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to the composition root and closes it when the window goes. */
public final class DesktopApp extends Application {
    private DesktopRoot root;

    private static final String MAIN_AT = "mainAt";

    /** Starts the toolkit and the window; {@code mainAt} (epoch ms) is when {@code main} began, for start-up timing. */
    static void start(long mainAt) {
        Application.launch(DesktopApp.class, "--" + MAIN_AT + "=" + mainAt);
    }

    @Override
    public void start(Stage stage) {
        long mainAt = Long.parseLong(getParameters().getNamed().getOrDefault(MAIN_AT, "-1"));
        root = new DesktopRoot(DesktopOptions.standard());
        root.launched(mainAt);
        Thread.setDefaultUncaughtExceptionHandler(root::uncaught);
        root.show(stage);
    }

    @Override
    public void stop() {
        if (root != null) {
            root.close();
        }
    }
}
