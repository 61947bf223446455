package merchlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import merchlab.ui.ExploreRequests;
import merchlab.ui.Section;
import merchlab.ui.ads.AdsView;
import merchlab.ui.ads.AdsViewModel;
import merchlab.ui.querysets.QuerySetsView;
import merchlab.ui.querysets.QuerySetsViewModel;
import merchlab.ui.evaluate.EvaluateView;
import merchlab.ui.evaluate.EvaluateViewModel;
import merchlab.ui.explain.ExplainView;
import merchlab.ui.explain.ExplainViewModel;
import merchlab.ui.explore.ExploreView;
import merchlab.ui.explore.ExploreViewModel;
import merchlab.ui.models.ModelFiles;
import merchlab.ui.models.ModelsView;
import merchlab.ui.models.ModelsViewModel;
import merchlab.ui.service.ServiceView;
import merchlab.ui.service.ServiceViewModel;
import merchlab.ui.start.StartView;
import merchlab.ui.start.StartViewModel;
import merchlab.ui.train.TrainView;
import merchlab.ui.train.TrainViewModel;
import merchlab.ui.train.TuneViewModel;
import merchlab.ui.Workbench;
import merchlab.ui.breakdown.BreakdownView;
import merchlab.ui.breakdown.BreakdownViewModel;
import merchlab.ui.chart.ChartPanel;
import merchlab.ui.data.DataView;
import merchlab.ui.data.DataViewModel;
import merchlab.ui.main.MainViewModel;
import merchlab.ui.main.MainWindow;
import merchlab.ui.settings.DesktopSettings;
import merchlab.ui.status.ProblemsViewModel;
import merchlab.ui.status.StatusViewModel;
import merchlab.ui.task.runner.FxTaskRunner;
import merchlab.workspace.Workspace;

/**
 * The desktop's composition root: builds the log, the task runner, the view-models and the window, and lists the
 * sections of the navigation. Adding a section is one line in {@link #sections()}.
 */
final class DesktopRoot implements AutoCloseable {
    private final DesktopOptions options;
    private final DesktopLog log;
    private final ProblemsViewModel problems;
    private final FxTaskRunner tasks;
    private final StatusViewModel status;
    private final StartupTiming timing;
    private final List<Section> sections;
    private final MainViewModel main;
    /** "Open in Explore" from Query sets. */
    private final ExploreRequests exploreRequests = new ExploreRequests();

    DesktopRoot(DesktopOptions options) {
        this.options = options;
        this.log = DesktopLog.open(options.home());
        this.problems = new ProblemsViewModel(log);
        this.tasks = new FxTaskRunner(2, problems);
        this.status = new StatusViewModel(tasks);
        this.timing = options.startupTiming() || options.exitAfterStartup() ? new StartupTiming(line -> {
            if (options.startupTiming()) {
                printTiming(line);
            }
        }) : null;
        this.sections = sections();
        this.main = new MainViewModel(tasks, status, problems, new FileWorkspaces(options.sample(), options.sampleFile()),
                options.importing(), options.services().preparation(), DesktopSettings.load(options.settingsFile()),
                sections.stream().map(Section::id).toList());
    }

    /** The navigation, in order (Ctrl+1 is the first). */
    private List<Section> sections() {
        return List.of(
                new Section("start", "Start", "✓",
                        workbench -> new StartView(new StartViewModel(workbench, options.services())).createView()),
                new Section("data", "Data", "▤", this::dataSection),
                new Section("explore", "Explore", "◎", this::exploreSection),
                new Section("train", "Train", "▲", this::trainSection),
                new Section("evaluate", "Evaluate", "◔", workbench -> new EvaluateView(new EvaluateViewModel(workbench,
                        options.services())).createView()),
                new Section("explain", "Explain", "✦", workbench -> new ExplainView(new ExplainViewModel(workbench,
                        options.services())).createView()),
                new Section("models", "Models", "◆",
                        workbench -> new ModelsView(new ModelsViewModel(workbench), ModelFiles.chooser()).createView()),
                new Section("breakdowns", "Breakdowns", "▦", workbench -> new BreakdownView(
                        new BreakdownViewModel(workbench), ChartPanel.ExportTargets.chooser()).createView()),
                new Section("querysets", "Query sets", "≡", workbench -> new QuerySetsView(new QuerySetsViewModel(
                        workbench, options.services(), exploreRequests, System.getProperty("user.name")))
                        .createView()),
                new Section("service", "Service", "✉", workbench -> new ServiceView(new ServiceViewModel(workbench,
                        options.services(), merchlab.text.Encoders::open, this::sampleServiceMessages),
                        ServiceView.fileChooser()).createView()),
                new Section("ads", "Ads", "¤", workbench -> new AdsView(new AdsViewModel(workbench,
                        options.services()), AdsView.truthChooser(), ChartPanel.ExportTargets.chooser()).createView()));
    }

    /** The sample's labelled service messages, when the open workspace is the sample and it kept them. */
    private Optional<Path> sampleServiceMessages(Workspace workspace) {
        Path kept = GeneratedSampleWorkspace.serviceMessages(options.sampleFile());
        boolean sample = workspace.file().toAbsolutePath().normalize()
                .equals(options.sampleFile().toAbsolutePath().normalize());
        return sample && Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty();
    }

    private Node exploreSection(Workbench workbench) {
        ExploreViewModel explore = new ExploreViewModel(workbench, options.services());
        explore.follow(exploreRequests);
        return new ExploreView(explore).createView();
    }

    private Node trainSection(Workbench workbench) {
        return new TrainView(new TrainViewModel(workbench, options.services()),
                new TuneViewModel(workbench, options.services())).createView();
    }

    private Node dataSection(Workbench workbench) {
        DataViewModel data = new DataViewModel(workbench);
        if (timing != null) {
            InvalidationListener shown = obs -> {
                if (data.summaryProperty().get() != null && !data.products().rangeProperty().get().isEmpty()) {
                    timing.dataShown();
                }
            };
            data.summaryProperty().addListener(shown);
            data.products().rangeProperty().addListener(shown);
        }
        return new DataView(data).createView();
    }

    /** Starts opening the workspace, then builds the window on {@code stage} and shows it. */
    Scene show(Stage stage) {
        // opening the workspace (SQLite's native library loads on first use) runs on a background thread while this
        // thread builds and styles the window; its result arrives on this thread after the window is shown
        main.start();
        MainWindow window = new MainWindow(main, status, problems, sections, options.picker());
        Scene scene = window.attach(stage);
        if (timing != null) {
            afterNextLayout(scene, timing::windowShown);
            main.workspaceProperty().addListener(obs -> {
                timing.workspaceOpen();
                String open = main.sectionProperty().get();
                if (!"data".equals(open)) { // the Data section says itself when its first page is on screen
                    afterNextLayout(scene, () -> timing.sectionShown(open));
                }
            });
            if (options.exitAfterStartup()) {
                timing.setOnReported(() -> Platform.runLater(stage::close));
            }
        }
        stage.show();
        log.info("window opened; settings " + options.settingsFile() + ", log " + log.file());
        return scene;
    }

    private static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Records, for start-up timing, when {@code main} began (epoch ms) and that the toolkit is up now. */
    void launched(long mainAt) {
        if (timing != null) {
            timing.launched(mainAt);
        }
    }

    MainViewModel main() {
        return main;
    }

    /** The log file this window writes. */
    java.nio.file.Path logFile() {
        return log.file();
    }

    /** A failure no job caught (a bug): shown in the window and logged, never a silent nothing. */
    void uncaught(Thread thread, Throwable error) {
        if (Platform.isFxApplicationThread()) {
            problems.report("The window", error);
        } else {
            Platform.runLater(() -> problems.report("Background work on " + thread.getName(), error));
        }
    }

    private void printTiming(String line) {
        System.err.println(line);
        log.info(line);
    }

    @Override
    public void close() {
        tasks.close();
        log.close();
    }
}
