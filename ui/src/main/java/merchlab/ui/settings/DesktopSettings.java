package merchlab.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import merchlab.MerchLabException;

/**
 * The desktop's remembered settings, kept in a small properties file (in the MerchLab home folder).
 *
 * <p>A missing or unreadable file gives the defaults; {@link #save()} writes atomically (temp file, then move).
 */
public final class DesktopSettings {
    /** How many recent workspaces the menu lists. */
    public static final int RECENT_LIMIT = 8;
    private static final String LAST = "workspace.last";
    private static final String RECENT = "workspace.recent.";
    private static final String SECTION = "window.section";
    private static final String[] WINDOW = {"window.x", "window.y", "window.width", "window.height"};
    private static final String MAXIMIZED = "window.maximized";

    private final Path file;
    private final Properties values;

    private DesktopSettings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** Reads {@code file}; defaults when it is missing or cannot be read. */
    public static DesktopSettings load(Path file) {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged settings file must never stop the window from opening
            }
        }
        return new DesktopSettings(file, values);
    }

    public Path file() {
        return file;
    }

    public Optional<Path> lastWorkspace() {
        return Optional.ofNullable(values.getProperty(LAST)).map(Path::of);
    }

    /** Most recent first, at most {@link #RECENT_LIMIT}. */
    public List<Path> recentWorkspaces() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String v = values.getProperty(RECENT + i);
            if (v != null) {
                recent.add(Path.of(v));
            }
        }
        return recent;
    }

    /** Records {@code workspace} as the last one opened, at the top of the recent list. */
    public void rememberWorkspace(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentWorkspaces());
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            values.remove(RECENT + i);
        }
        for (int i = 0; i < Math.min(RECENT_LIMIT, recent.size()); i++) {
            values.setProperty(RECENT + i, recent.get(i).toString());
        }
        values.setProperty(LAST, absolute.toString());
    }

    /** Drops {@code workspace} from the recent list (for example because it no longer exists). */
    public void forgetWorkspace(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentWorkspaces());
        recent.remove(absolute);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            values.remove(RECENT + i);
        }
        for (int i = 0; i < recent.size(); i++) {
            values.setProperty(RECENT + i, recent.get(i).toString());
        }
        if (lastWorkspace().filter(absolute::equals).isPresent()) {
            values.remove(LAST);
        }
    }

    public Optional<String> section() {
        return Optional.ofNullable(values.getProperty(SECTION));
    }

    public void setSection(String id) {
        values.setProperty(SECTION, id);
    }

    public Optional<WindowPlacement> window() {
        try {
            double[] v = new double[WINDOW.length];
            for (int i = 0; i < WINDOW.length; i++) {
                String text = values.getProperty(WINDOW[i]);
                if (text == null) {
                    return Optional.empty();
                }
                v[i] = Double.parseDouble(text);
            }
            return Optional.of(new WindowPlacement(v[0], v[1], v[2], v[3],
                    Boolean.parseBoolean(values.getProperty(MAXIMIZED))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowPlacement placement) {
        double[] v = {placement.x(), placement.y(), placement.width(), placement.height()};
        for (int i = 0; i < WINDOW.length; i++) {
            values.setProperty(WINDOW[i], Double.toString(v[i]));
        }
        values.setProperty(MAXIMIZED, Boolean.toString(placement.maximized()));
    }

    /** Writes the settings file, creating its folder. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "MerchLab desktop settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MerchLabException("cannot save desktop settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
