package merchlab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to the composition root and closes it when the window goes. */
public final class DesktopApp extends Application {
    private DesktopRoot root;

    static void start() {
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        root = new DesktopRoot(DesktopOptions.standard());
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
