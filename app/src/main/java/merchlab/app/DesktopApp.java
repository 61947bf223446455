package merchlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires engine services into the workbench's views.
 */
public final class DesktopApp extends Application {
    static void start() {
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("MerchLab");
        stage.setScene(new Scene(new Label("MerchLab"), 1200, 800));
        stage.show();
    }
}
