package merchlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import merchlab.ui.FxFilePicker;
import merchlab.ui.fx.FxTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A first start on an empty home folder opens the sample workspace. */
@ExtendWith(ApplicationExtension.class)
class FirstStartFxTest {
    @TempDir
    Path home;
    private DesktopRoot root;
    private Scene scene;

    @Start
    void start(Stage stage) {
        root = new DesktopRoot(new DesktopOptions(home, new PendingImporting(), new EmptySampleWorkspace(),
                new FxFilePicker(home), true, false));
        scene = root.show(stage);
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void opensTheSampleWorkspaceInTheHomeFolder(FxRobot robot) {
        FxTests.waitUntil("the sample is open", () -> "sample.db".equals(
                robot.lookup("#workspaceName").queryAs(Label.class).getText()));
        assertTrue(Files.isRegularFile(home.resolve("workspaces/sample.db")));
        assertEquals(home.resolve("workspaces/sample.db").toAbsolutePath(),
                root.main().workspaceProperty().get().file());
        FxTests.waitUntil("the figures are read", () -> !robot.lookup("#summaryProducts").queryAs(Label.class)
                .getText().equals("…"));
        FxTests.screenshot(scene, "first-start");
    }
}
