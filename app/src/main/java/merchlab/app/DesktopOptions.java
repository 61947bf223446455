package merchlab.app;

import java.nio.file.Path;
import merchlab.cli.Home;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.sample.ads.AdSlots;
import merchlab.shop.ShopServices;
import merchlab.ui.FilePicker;
import merchlab.ui.FxFilePicker;
import merchlab.ui.importer.Importing;

/**
 * How the desktop is put together: its home folder (settings, log, sample workspace), the importers, the shop's
 * services every section uses (their preparation is what "Prepare workspace" and a first start run) and the file
 * choosers. Tests give their own;
 * {@link #standard()} is what {@code ./merchlab} runs.
 *
 * @param startupTiming     print the start-up timing line ({@code -Dmerchlab.startupTiming=true})
 * @param exitAfterStartup  close the window once the timing line is printed ({@code -Dmerchlab.exitAfterStartup=true})
 */
record DesktopOptions(Path home, Importing importing, SampleWorkspace sample,
                      ShopServices services, FilePicker picker,
                      boolean startupTiming, boolean exitAfterStartup) {

    /**
     * The user's MerchLab home, the engine's importers and the bundled sample (the small generated shop, with
     * sponsored products in {@link AdSlots#sample()} so the desktop has ads to show).
     */
    static DesktopOptions standard() {
        Importing importing = new EngineImporting();
        return new DesktopOptions(Home.folder(), importing,
                new GeneratedSampleWorkspace(new ShopGenerator(),
                        ShopConfig.of(ShopSize.SMALL).withAds(AdSlots.sample()), importing),
                ShopServices.installed(), new FxFilePicker(Path.of(System.getProperty("user.home"))),
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
