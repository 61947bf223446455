package merchlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.ui.CsvProductImporting;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TinyShop;
import merchlab.ui.settings.DesktopSettings;
import merchlab.ui.settings.WindowPlacement;
import merchlab.ui.status.ProblemsViewModel;
import merchlab.ui.status.StatusViewModel;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private static final List<String> SECTIONS = List.of("data", "explore", "train", "evaluate", "explain", "models");
    @TempDir
    Path dir;
    private final RecordingProblems log = new RecordingProblems();
    private final List<String> opened = new ArrayList<>();
    private StatusViewModel status;

    private MainViewModel model(DesktopSettings settings) {
        ProblemsViewModel problems = new ProblemsViewModel(log);
        CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner(problems);
        WorkspaceOpener opener = new WorkspaceOpener() {
            @Override
            public Workspace open(Path file) {
                opened.add(file.getFileName().toString());
                return Workspace.open(file);
            }

            @Override
            public Workspace openSample(merchlab.ui.task.JobContext context) {
                opened.add("sample");
                return Workspace.open(dir.resolve("home/workspaces/sample.db"));
            }

            @Override
            public boolean isSample(Path file) {
                return file.equals(dir.resolve("home/workspaces/sample.db"));
            }
        };
        status = new StatusViewModel(tasks);
        return new MainViewModel(tasks, status, problems, opener, new CsvProductImporting(100), TinyShop::preparation,
                settings, SECTIONS);
    }

    private DesktopSettings settings() {
        return DesktopSettings.load(dir.resolve("home/desktop.properties"));
    }

    @Test
    void aFirstStartOpensTheSampleAndRemembersIt() {
        MainViewModel model = model(settings());
        model.start();
        assertEquals(List.of("sample"), opened);
        assertEquals("sample.db", model.workspaceNameProperty().get());
        assertEquals("MerchLab — sample.db", model.titleProperty().get());
        assertFalse(model.openingProperty().get());
        assertTrue(settings().lastWorkspace().orElseThrow().endsWith("sample.db"), "saved for the next start");
    }

    @Test
    void aLaterStartOpensTheLastWorkspace() {
        Path shop = Workspace.open(dir.resolve("shop.db")).file();
        MainViewModel first = model(settings());
        first.openWorkspace(shop);
        opened.clear();
        MainViewModel again = model(settings());
        again.start();
        assertEquals(List.of("shop.db"), opened);
        assertEquals(shop, again.workspaceProperty().get().file());
    }

    @Test
    void aBrokenLastWorkspaceFallsBackToTheSampleAndSaysSo() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.db"), "this is not a database, just text. ".repeat(200));
        DesktopSettings settings = settings();
        settings.rememberWorkspace(broken);
        MainViewModel model = model(settings);
        model.start();
        assertEquals("sample.db", model.workspaceNameProperty().get());
        assertEquals(1, log.reports.size());
        assertTrue(log.reports.get(0).startsWith("Opening broken.db failed: "), log.reports.get(0));
        assertTrue(log.reports.get(0).endsWith("the sample workspace opened instead"), log.reports.get(0));
    }

    @Test
    void aFailedOpenKeepsTheCurrentWorkspaceAndShowsTheProblem() {
        MainViewModel model = model(settings());
        model.start();
        Path folder = dir.resolve("a-folder.db");
        folder.toFile().mkdirs();
        model.openWorkspace(folder);
        assertEquals("sample.db", model.workspaceNameProperty().get());
        assertEquals(1, log.reports.size());
        assertTrue(model.problems().problemProperty().get().startsWith("Opening a-folder.db failed"));
    }

    @Test
    void recentWorkspacesListTheNewestFirstWithoutRepeats() {
        MainViewModel model = model(settings());
        model.openWorkspace(dir.resolve("a.db"));
        model.openWorkspace(dir.resolve("b.db"));
        model.openWorkspace(dir.resolve("a.db"));
        assertEquals(List.of("a.db", "b.db"), model.recentWorkspaces().stream()
                .map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theChosenSectionAndWindowAreRememberedOnClose() {
        MainViewModel model = model(settings());
        model.selectIndex(2);
        assertEquals("train", model.sectionProperty().get());
        model.rememberWindow(new WindowPlacement(10, 20, 1000, 700, false));
        model.close();
        MainViewModel again = model(settings());
        assertEquals("train", again.sectionProperty().get());
        assertEquals(new WindowPlacement(10, 20, 1000, 700, false), again.windowPlacement().orElseThrow());
    }

    @Test
    void unknownSectionsAndIndexesAreIgnored() {
        MainViewModel model = model(settings());
        model.select("nowhere");
        model.selectIndex(9);
        assertEquals("data", model.sectionProperty().get());
    }

    @Test
    void importWaitsForAWorkspaceThenOpensTheDialogWithOne() {
        MainViewModel model = model(settings());
        int[] dialogs = {0};
        model.setOnImportRequested(() -> dialogs[0]++);
        model.requestImport();
        assertEquals(0, dialogs[0]);
        model.start();
        model.requestImport();
        assertEquals(1, dialogs[0]);
        long before = model.dataVersionProperty().get();
        var dialog = model.newImport();
        dialog.addFiles(List.of(CsvProductImporting.writeCatalog(dir.resolve("catalog.csv"), "n", 3)));
        dialog.run();
        assertEquals(before + 1, model.dataVersionProperty().get(), "a finished import reloads every section");
    }

    @Test
    void settingsThatCannotBeSavedAreAProblemNotACrash() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file-not-folder"), "x");
        MainViewModel model = model(DesktopSettings.load(blocker.resolve("desktop.properties")));
        model.close();
        assertEquals(1, log.reports.size());
        assertTrue(log.reports.get(0).startsWith("Saving settings failed: cannot save desktop settings"));
    }

    @Test
    void problemsAreKeptUntilDismissed() {
        MainViewModel model = model(settings());
        model.problems().report("Training", new MerchLabException("no events to learn from"));
        assertEquals("Training failed: no events to learn from", model.problems().problemProperty().get());
        model.problems().dismiss();
        assertEquals("", model.problems().problemProperty().get());
    }

    @Test
    void theSampleIsPreparedByItselfWhenItLacksVectorsOrModels() throws Exception {
        Files.createDirectories(dir.resolve("home/workspaces"));
        TinyShop.create(dir.resolve("home/workspaces/sample.db"));
        MainViewModel model = model(settings());
        model.start();
        Workspace ws = model.workspaceProperty().get();
        assertEquals(List.of("cooccurrence", "popularity", "ranker", "semantic"),
                new merchlab.store.ModelStore(ws).list().stream().map(merchlab.store.SavedModel::kind).sorted().toList(),
                status.noticeProperty().get());
        assertTrue(TinyShop.preparation(ws).readiness().ready());
        assertFalse(model.preparingProperty().get());
        assertEquals(1, model.dataVersionProperty().get(), "every section reloads once it is prepared");
        assertTrue(status.noticeProperty().get().startsWith("Prepared sample.db in "), status.noticeProperty().get());
    }

    @Test
    void anotherWorkspaceIsPreparedOnlyWhenAsked() {
        Workspace shop = TinyShop.create(dir.resolve("shop.db"));
        MainViewModel model = model(settings());
        model.openWorkspace(shop.file());
        assertEquals(0, new merchlab.store.ModelStore(shop).list().size());
        model.requestPrepare();
        assertEquals(4, new merchlab.store.ModelStore(shop).list().size());
        assertEquals(1, model.dataVersionProperty().get());
    }

    @Test
    void preparingAnEmptyWorkspaceSaysWhatToImportInTheBanner() {
        MainViewModel model = model(settings());
        model.openWorkspace(dir.resolve("empty.db"));
        model.requestPrepare();
        assertTrue(log.reports.toString().contains("the workspace has no products: import a catalog first"),
                log.reports.toString());
        assertFalse(model.preparingProperty().get());
    }

    @Test
    void aProblemStaysWithTheSectionWhereItHappened() {
        MainViewModel model = model(settings());
        model.problems().report("Ranking products", new MerchLabException("no such shopper"));
        model.select(model.sectionProperty().get());
        assertEquals("Ranking products failed: no such shopper", model.problems().problemProperty().get());
        model.select("train");
        assertEquals("", model.problems().problemProperty().get());
        assertEquals(List.of("Ranking products failed: no such shopper"), log.reports, "the log keeps it");
    }
}
