package merchlab.ui.main;

import java.nio.file.Path;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/** Opens workspaces for the window; called on a background thread. */
public interface WorkspaceOpener {
    /** Opens the workspace at {@code file}, creating an empty one when it does not exist. */
    Workspace open(Path file);

    /** Opens the bundled sample workspace, creating it on first use (reporting through {@code context}). */
    Workspace openSample(JobContext context);

    /** True when {@code file} is the bundled sample's workspace (which the window prepares by itself). */
    boolean isSample(java.nio.file.Path file);
}
