package merchlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.catalog.ProductRow;
import merchlab.features.ShopData;
import merchlab.model.ModelKinds;
import merchlab.model.TrainingSettings;
import merchlab.prepare.WorkspacePreparation;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.shop.ShopServices;
import merchlab.store.EmbeddingStore;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.HashingEncoder;
import merchlab.ui.FxFilePicker;
import merchlab.ui.fx.FxTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A first start on an empty home folder generates, imports and opens the sample workspace. */
@ExtendWith(ApplicationExtension.class)
class FirstStartFxTest {
    @TempDir
    Path home;
    private DesktopRoot root;
    private Scene scene;

    @Start
    void start(Stage stage) {
        EngineImporting importing = new EngineImporting();
        // the real first-start path (generator, then the importers) on a tiny shop, to keep the test short
        ShopConfig tiny = ShopConfig.of(ShopSize.SMALL).withProducts(120).withUsers(25).withDays(2);
        // the real preparation with a quick stand-in encoder and no model kinds (LayoutFxTest runs the real one)
        root = new DesktopRoot(new DesktopOptions(home, importing,
                new GeneratedSampleWorkspace(new ShopGenerator(), tiny, importing), quickPreparation(),
                new FxFilePicker(home), true, false));
        scene = root.show(stage);
    }

    /** The installed services with a quick stand-in encoder and no model kinds to prepare. */
    private static ShopServices quickPreparation() {
        ShopServices installed = ShopServices.installed();
        return new ShopServices(installed.kinds(), installed.data(), installed.search(), ws -> new WorkspacePreparation(
                ws, new EncodeService(ws, name -> new HashingEncoder(name, 16), EncoderChoice.DEFAULT, 1),
                w -> new ShopData(w, () -> new HashingEncoder("en", 16)), new ModelKinds(List.of()),
                TrainingSettings.defaults()));
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void opensTheSampleWorkspaceInTheHomeFolderAndPreparesIt(FxRobot robot) {
        FxTests.waitUntil("the sample is open", () -> "sample.db".equals(
                robot.lookup("#workspaceName").queryAs(Label.class).getText()));
        assertEquals("start", root.main().sectionProperty().get(), "a first start shows the checklist");
        FxTests.waitUntil("the sample is prepared", () -> robot.lookup("#step-prepare-detail").queryAs(Label.class)
                .getText().startsWith("Text vectors and search index ready"));
        assertTrue(robot.lookup("#step-import-detail").queryAs(Label.class).getText()
                .startsWith("120 products and "));
        assertTrue(new EmbeddingStore(root.main().workspaceProperty().get()).count("en", "product") == 120);
        FxTests.screenshot(scene, "first-start-checklist");
        robot.clickOn("#nav-data");
        assertTrue(Files.isRegularFile(home.resolve("workspaces/sample.db")));
        assertEquals(home.resolve("workspaces/sample.db").toAbsolutePath(),
                root.main().workspaceProperty().get().file());
        FxTests.waitUntil("the figures are read", () -> !robot.lookup("#summaryProducts").queryAs(Label.class)
                .getText().equals("…"));
        assertEquals("120", robot.lookup("#summaryProducts").queryAs(Label.class).getText());
        TableView<ProductRow> products = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("the sample's products are listed", () -> products.getItems().size() == 120);
        assertFalse(robot.lookup("#emptyState").query().isVisible());
        FxTests.screenshot(scene, "first-start");
    }
}
