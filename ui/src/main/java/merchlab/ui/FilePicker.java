package merchlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for files; the desktop uses native file choosers, tests answer with files of their own. */
public interface FilePicker {
    /** Files to import; empty when the user cancelled. */
    List<Path> filesToImport(Window owner);

    /** An existing workspace file to open. */
    Optional<Path> workspaceToOpen(Window owner);

    /** Where to create a new workspace file. */
    Optional<Path> newWorkspace(Window owner);
}
