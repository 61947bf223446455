package merchlab.app;

import java.nio.file.Path;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/** The bundled sample workspace that a first start opens: created on first use, reused afterwards. */
@FunctionalInterface
public interface SampleWorkspace {
    /**
     * Opens the sample at {@code file}, creating and filling it when it does not exist yet; runs in the background,
     * reporting progress and checking for cancellation through {@code context}.
     */
    Workspace ensure(Path file, JobContext context);
}
