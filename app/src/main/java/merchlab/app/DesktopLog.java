package merchlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import merchlab.MerchLabException;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.Problems;

/**
 * The desktop's log file ({@code logs/desktop0.log} in the MerchLab home folder, rotated at 1 MB, three kept): every
 * problem the window shows is written there, with the stack trace when it was not a plain user-facing failure.
 */
final class DesktopLog implements Problems, AutoCloseable {
    private final Logger logger;
    private final FileHandler handler;
    private final Path file;

    private DesktopLog(Logger logger, FileHandler handler, Path file) {
        this.logger = logger;
        this.handler = handler;
        this.file = file;
    }

    /** Opens (appending) the log in {@code home}; when the folder is not writable, logs to standard error only. */
    static DesktopLog open(Path home) {
        Logger logger = Logger.getLogger("merchlab.desktop." + System.identityHashCode(home));
        logger.setUseParentHandlers(false);
        Path folder = home.resolve("logs");
        Path file = folder.resolve("desktop0.log");
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("desktop%g.log").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            logger.addHandler(handler);
            return new DesktopLog(logger, handler, file);
        } catch (IOException | SecurityException e) {
            logger.setUseParentHandlers(true);
            System.err.println("merchlab: cannot write the log in " + folder + " (" + e.getMessage() + "); logging to the console");
            return new DesktopLog(logger, null, file);
        }
    }

    /** The current log file. */
    Path file() {
        return file;
    }

    void info(String message) {
        logger.info(message);
    }

    @Override
    public void report(String action, Throwable error) {
        boolean expected = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            expected |= t instanceof MerchLabException;
        }
        if (expected) {
            logger.log(Level.WARNING, ProblemText.describe(action, error));
        } else {
            logger.log(Level.SEVERE, ProblemText.describe(action, error), error);
        }
    }

    @Override
    public void close() {
        if (handler != null) {
            handler.close();
            logger.removeHandler(handler);
        }
    }
}
