package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import merchlab.store.SavedModel;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.TinyShop;
import merchlab.ui.models.ModelFiles;
import merchlab.ui.models.ModelsView;
import merchlab.ui.models.ModelsViewModel;
import merchlab.ui.task.runner.FxTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ModelsViewFxTest {
    @TempDir
    static Path dir;
    static Workspace shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.trainRanker(shop);
        TinyShop.trainRanker(shop);
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        Path export = dir.resolve("exported.mlmodel");
        ModelFiles files = new ModelFiles() {
            @Override
            public Optional<Path> exportTarget(Window owner, String suggestedName) {
                return Optional.of(export);
            }

            @Override
            public Optional<Path> modelToImport(Window owner) {
                return Optional.of(export);
            }
        };
        scene = new Scene((javafx.scene.Parent) new ModelsView(new ModelsViewModel(workbench), files).createView(),
                1200, 720);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
        workbench.open(shop);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void showsTheTrainedModelsWithLineageThenExportsAndImportsOne(FxRobot robot) throws Exception {
        TableView<SavedModel> table = robot.lookup("#modelsTable").queryTableView();
        FxTests.waitUntil("two models are listed", () -> table.getItems().size() == 2);
        TreeView<?> lineage = robot.lookup("#modelLineage").queryAs(TreeView.class);
        FxTests.waitUntil("the lineage is shown", () -> lineage.getRoot() != null
                && lineage.getRoot().getChildren().size() == 1);
        assertEquals(1, lineage.getSelectionModel().getSelectedIndex(), "the chosen ranker-2 under its parent");
        robot.clickOn("#useAsDefault");
        FxTests.waitUntil("the default is named", () -> robot.lookup("#modelDefault").queryAs(Label.class).getText()
                .endsWith(": ranker-2"));
        assertTrue(ModelsViewModel.keyMetrics(table.getItems().get(0)).contains("auc"));
        FxTests.screenshot(scene, "models");
        robot.clickOn("#exportModel");
        FxTests.waitUntil("the model is exported", () -> robot.lookup("#modelsMessage").queryAs(Label.class).getText()
                .startsWith("Exported ranker-2"));
        assertTrue(Files.size(dir.resolve("exported.mlmodel")) > 100);
        robot.clickOn("#importModel");
        FxTests.waitUntil("the import is listed", () -> table.getItems().size() == 3);
        assertEquals("ranker-2-2", table.getItems().stream().map(SavedModel::name).filter(n -> n.endsWith("-2-2"))
                .findFirst().orElse(""));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(m -> m.name().equals("ranker-2-2")).findFirst().orElseThrow()));
        robot.clickOn("#deleteModel");
        FxTests.waitUntil("the import is deleted", () -> table.getItems().size() == 2);
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
