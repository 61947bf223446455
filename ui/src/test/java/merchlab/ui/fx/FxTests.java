package merchlab.ui.fx;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import merchlab.ui.export.Snapshots;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for the headless window tests: wait for a condition on the FX thread, save a screenshot. */
public final class FxTests {
    private FxTests() {
    }

    /** Waits (up to 20 s) until {@code condition}, evaluated on the FX thread, holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Computes {@code value} on the FX thread and returns it. */
    public static <T> T onFx(Callable<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("cannot compute on the FX thread", e);
        }
    }

    /** Saves what {@code scene} shows as target/screenshots/{name}.png of the module under test. */
    public static Path screenshot(Scene scene, String name) {
        Path file = Path.of(System.getProperty("basedir", "."), "target", "screenshots", name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(() -> Snapshots.save(scene, file)).get();
        } catch (Exception e) {
            throw new AssertionError("cannot save screenshot " + file, e);
        }
    }
}
