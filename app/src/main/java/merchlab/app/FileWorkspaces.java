package merchlab.app;

import java.nio.file.Path;
import merchlab.ui.main.WorkspaceOpener;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/** Opens workspace files, and the sample at its fixed place in the MerchLab home folder. */
final class FileWorkspaces implements WorkspaceOpener {
    private final SampleWorkspace sample;
    private final Path sampleFile;

    FileWorkspaces(SampleWorkspace sample, Path sampleFile) {
        this.sample = sample;
        this.sampleFile = sampleFile;
    }

    @Override
    public Workspace open(Path file) {
        return Workspace.open(file);
    }

    @Override
    public Workspace openSample(JobContext context) {
        return sample.ensure(sampleFile, context);
    }

    @Override
    public boolean isSample(Path file) {
        return sampleFile.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
