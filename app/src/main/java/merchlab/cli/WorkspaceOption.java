package merchlab.cli;

import java.nio.file.Path;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Option;

/** The {@code --workspace} option shared by every command that reads or writes a workspace. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "W",
            description = "workspace file (default: the sample workspace in the MerchLab home folder)")
    Path workspace;

    Path path() {
        return workspace != null ? workspace : Home.defaultWorkspace();
    }

    Workspace open() {
        return Workspace.open(path());
    }
}
