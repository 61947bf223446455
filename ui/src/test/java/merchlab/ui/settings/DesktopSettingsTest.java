package merchlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesDefaults() {
        DesktopSettings settings = DesktopSettings.load(dir.resolve("none.properties"));
        assertTrue(settings.lastWorkspace().isEmpty());
        assertTrue(settings.recentWorkspaces().isEmpty());
        assertTrue(settings.window().isEmpty());
    }

    @Test
    void savedValuesComeBack() {
        Path file = dir.resolve("home/desktop.properties");
        DesktopSettings settings = DesktopSettings.load(file);
        settings.rememberWorkspace(dir.resolve("a.db"));
        settings.setSection("evaluate");
        settings.setWindow(new WindowPlacement(5, 6, 1400, 900, true));
        settings.save();
        DesktopSettings again = DesktopSettings.load(file);
        assertEquals(dir.resolve("a.db"), again.lastWorkspace().orElseThrow());
        assertEquals("evaluate", again.section().orElseThrow());
        assertEquals(new WindowPlacement(5, 6, 1400, 900, true), again.window().orElseThrow());
    }

    @Test
    void theRecentListIsCappedAndNewestFirst() {
        DesktopSettings settings = DesktopSettings.load(dir.resolve("s.properties"));
        IntStream.range(0, 12).forEach(i -> settings.rememberWorkspace(dir.resolve("w" + i + ".db")));
        assertEquals(DesktopSettings.RECENT_LIMIT, settings.recentWorkspaces().size());
        assertEquals(dir.resolve("w11.db"), settings.recentWorkspaces().get(0));
    }

    @Test
    void forgettingTheLastWorkspaceClearsIt() {
        DesktopSettings settings = DesktopSettings.load(dir.resolve("s.properties"));
        settings.rememberWorkspace(dir.resolve("a.db"));
        settings.forgetWorkspace(dir.resolve("a.db"));
        assertTrue(settings.lastWorkspace().isEmpty());
        assertTrue(settings.recentWorkspaces().isEmpty());
    }

    @Test
    void aDamagedWindowEntryIsIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("s.properties"),
                "window.x=left\nwindow.y=1\nwindow.width=2\nwindow.height=3\n");
        assertTrue(DesktopSettings.load(file).window().isEmpty());
    }

    @Test
    void tinyWindowsGrowToAUsableSize() {
        WindowPlacement p = new WindowPlacement(0, 0, 10, 10, false);
        assertEquals(640, p.width());
        assertEquals(420, p.height());
    }
}
