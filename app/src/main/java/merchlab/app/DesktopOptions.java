package merchlab.app;

import java.nio.file.Path;
import java.util.function.Function;
import merchlab.cli.Home;
import merchlab.prepare.WorkspacePreparation;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.ui.FilePicker;
import merchlab.ui.FxFilePicker;
import merchlab.ui.importer.Importing;
import merchlab.workspace.Workspace;

/**
 * How the desktop is put together: its home folder (settings, log, sample workspace) and the engine services and
 * file choosers it uses (the preparation is what "Prepare workspace" and a first start run). Tests give their own;
 * {@link #standard()} is what {@code ./merchlab} runs.
 *
 * @param startupTiming     print the start-up timing line ({@code -Dmerchlab.startupTiming=true})
 * @param exitAfterStartup  close the window once the timing line is printed ({@code -Dmerchlab.exitAfterStartup=true})
 */
record DesktopOptions(Path home, Importing importing, SampleWorkspace sample,
                      Function<Workspace, WorkspacePreparation> preparation, FilePicker picker,
                      boolean startupTiming, boolean exitAfterStartup) {

    /** The user's MerchLab home, the engine's importers and the bundled sample (the small generated shop). */
    static DesktopOptions standard() {
        Importing importing = new EngineImporting();
        return new DesktopOptions(Home.folder(), importing,
                new GeneratedSampleWorkspace(new ShopGenerator(), ShopConfig.of(ShopSize.SMALL), importing),
                WorkspacePreparation::create, new FxFilePicker(Path.of(System.getProperty("user.home"))),
                StartupTiming.requested(), Boolean.getBoolean("merchlab.exitAfterStartup"));
    }

    /** Where the sample workspace lives: {@code workspaces/sample.db} in the home folder. */
    Path sampleFile() {
        return home.resolve("workspaces").resolve("sample.db");
    }

    Path settingsFile() {
        return home.resolve("desktop.properties");
    }
}
