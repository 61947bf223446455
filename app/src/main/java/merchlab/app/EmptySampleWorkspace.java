package merchlab.app;

import java.nio.file.Path;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/** A "sample" that is just an empty workspace, for window tests that do not need the generated shop. */
final class EmptySampleWorkspace implements SampleWorkspace {
    @Override
    public Workspace ensure(Path file, JobContext context) {
        return Workspace.open(file);
    }
}
