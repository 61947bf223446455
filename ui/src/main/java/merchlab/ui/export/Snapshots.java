package merchlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import merchlab.MerchLabException;

/** Writes what a scene or node shows into a PNG file; call on the FX thread. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Saves the whole scene as {@code file}, creating its folder. */
    public static Path save(Scene scene, Path file) {
        return write(scene.snapshot(null), file);
    }

    /** Saves one node (a chart, a table) as {@code file}, creating its folder. */
    public static Path save(Node node, Path file) {
        return write(node.snapshot(new SnapshotParameters(), null), file);
    }

    private static Path write(WritableImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            if (!ImageIO.write(buffered, "png", file.toFile())) {
                throw new MerchLabException("no PNG writer is available to save " + file);
            }
            return file;
        } catch (IOException e) {
            throw new MerchLabException("cannot save image " + file + ": " + e.getMessage(), e);
        }
    }
}
