package merchlab.app;

import java.nio.file.Path;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/**
 * A sample that is just an empty workspace: used until the sample-data generator and the importers are part of the
 * build, so the first start still opens a window that invites an import.
 */
final class EmptySampleWorkspace implements SampleWorkspace {
    @Override
    public Workspace ensure(Path file, JobContext context) {
        return Workspace.open(file);
    }
}
