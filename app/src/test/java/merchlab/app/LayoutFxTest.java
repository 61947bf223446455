package merchlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import merchlab.prepare.WorkspacePreparation;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.sample.ads.AdSlots;
import merchlab.shop.ShopServices;
import merchlab.ui.FxFilePicker;
import merchlab.ui.fx.FxTests;
import merchlab.ui.fx.Layouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every section of the real main window (navigation included), on a first start that generates, imports and
 * prepares a small sample, at 1280x720 and 1920x1080: no text cut short and no chart below a readable size. Sections
 * are found from the navigation, so one added later is checked too. Saves {@code target/screenshots/ID-WxH.png}.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFxTest {
    private static final int[][] SIZES = {{1280, 720}, {1920, 1080}};

    @TempDir
    Path home;
    private DesktopRoot root;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        EngineImporting importing = new EngineImporting();
        ShopConfig tiny = ShopConfig.of(ShopSize.SMALL).withProducts(120).withUsers(25).withDays(3)
                .withAds(AdSlots.sample()); // as the bundled sample, so the Ads section shows an auction
        root = new DesktopRoot(new DesktopOptions(home, importing,
                new GeneratedSampleWorkspace(new ShopGenerator(), tiny, importing), ShopServices.installed(),
                new FxFilePicker(home), false, false));
        scene = root.show(primary);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage.isShowing()) {
                stage.close();
            }
        });
        root.close();
    }

    @Test
    void everySectionHoldsAtBothSizes(FxRobot robot) {
        idle("the sample is generated and imported", 240);
        try {
            WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !root.main().preparingProperty().get()
                    && WorkspacePreparation.create(root.main().workspaceProperty().get()).readiness().ready());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for the sample's preparation", e);
        }
        idle("the sections have reloaded", 120);
        List<ToggleButton> sections = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().toList();
        assertTrue(sections.size() >= 6, "the navigation lists the sections: " + sections.size());
        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (ToggleButton button : sections) {
                String id = (String) button.getUserData();
                robot.interact(button::fire);
                idle(id + " has read what it shows", 120);
                assertEquals(id, root.main().sectionProperty().get());
                String where = id + " at " + size[0] + "x" + size[1];
                problems.addAll(FxTests.onFx(() -> Layouts.problems(scene.getRoot(), where)));
                FxTests.screenshot(scene, id + "-" + size[0] + "x" + size[1]);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Waits until no background job runs (the window has read and laid out what it shows). */
    private void idle(String what, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> root.main().workspaceProperty().get() != null && !root.main().preparingProperty().get()
                            && root.main().tasks().running().isEmpty()).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
