package merchlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import merchlab.catalog.ProductRow;
import merchlab.fixtures.SeededShop;
import merchlab.importer.DataKind;
import merchlab.importer.Rejection;
import merchlab.shop.ShopServices;
import merchlab.ui.FilePicker;
import merchlab.ui.fx.FxTests;
import merchlab.ui.importer.ChosenFile;
import merchlab.ui.settings.DesktopSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real main window, put together by the composition root on a temp home folder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @TempDir
    Path home;
    private Path shop;
    private Path catalog;
    private DesktopRoot root;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        shop = SeededShop.create(home.resolve("shops/shop.db"), 450, 600, 30).file();
        catalog = merchantCenterCatalog(home.resolve("lamps-catalog.csv"), 12);
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        settings.rememberWorkspace(shop);
        settings.setSection("data");
        settings.save();
        root = new DesktopRoot(new DesktopOptions(home, new EngineImporting(), new EmptySampleWorkspace(), ShopServices.installed(),
                new OneFilePicker(), false, false));
        scene = root.show(primary);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage.isShowing()) {
                stage.close();
            }
        });
        root.close();
    }

    @Test
    void opensTheLastWorkspaceAndPagesAndFiltersItsProducts(FxRobot robot) {
        TableView<ProductRow> products = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("the first page of products", () -> products.getItems().size() == 200);
        assertEquals("shop.db", robot.lookup("#workspaceName").queryAs(Label.class).getText());
        assertEquals("MerchLab — shop.db", stage.getTitle());
        robot.clickOn("#productsNext");
        FxTests.waitUntil("the second page", () -> products.getItems().get(0).id().equals("p0201"));
        robot.interact(() -> robot.lookup("#productsFilter").queryAs(TextField.class).setText("kettle"));
        FxTests.waitUntil("only kettles", () -> products.getItems().size() == 75
                && products.getItems().stream().allMatch(p -> p.title().contains("Kettle")));
        FxTests.screenshot(scene, "main-window-data");
    }

    @Test
    void shortcutsSwitchSections(FxRobot robot) {
        FxTests.waitUntil("the workspace is open", () -> root.main().workspaceProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxTests.waitUntil("Explore is shown", () -> robot.lookup("#exploreView").tryQuery().isPresent());
        assertEquals("explore", root.main().sectionProperty().get());
        FxTests.screenshot(scene, "main-window-explore");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        FxTests.waitUntil("Data is back", () -> root.main().sectionProperty().get().equals("data"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxTests.waitUntil("the checklist", () -> robot.lookup("#startSection").tryQuery().isPresent());
    }

    @Test
    void importsAFileThroughTheDialogAndFindsItsRows(FxRobot robot) {
        TableView<ProductRow> products = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("the products", () -> products.getItems().size() == 200);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        FxTests.waitUntil("the import dialog", () -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#addImportFiles");
        FxTests.waitUntil("the preview", () -> !robot.lookup("#importPreview").queryTableView().getItems().isEmpty());
        assertEquals("Detected format: merchant-csv · first 14 rows of lamps-catalog.csv",
                robot.lookup("#importPreviewMessage").queryAs(Label.class).getText());
        FxTests.waitUntil("every file is checked", () -> !robot.lookup("#runImport").queryButton().isDisabled());
        robot.clickOn("#runImport");
        FxTests.waitUntil("the report", () -> !robot.lookup("#importResult").queryAs(Label.class).getText().isEmpty());
        assertEquals("Imported 12 rows from 1 file; 2 rows rejected",
                robot.lookup("#importResult").queryAs(Label.class).getText());
        assertEquals(List.of(new Rejection("lamps-catalog.csv", 14, "price 'abc' is not a price like 12.99 USD",
                        "lampbad,Broken Price,Lumen,abc,Home > Lighting,white"),
                new Rejection("lamps-catalog.csv", 15, "missing id", ",No Id,Lumen,3.00 USD,Home > Lighting,white")),
                robot.lookup("#importRejections").queryTableView().getItems());
        ChosenFile chosen = (ChosenFile) robot.lookup("#importFilesList").queryListView().getItems().get(0);
        assertEquals(DataKind.CATALOG, chosen.kind());
        assertEquals(ChosenFile.KindSource.CONTENT, chosen.source(), "the content says it is a catalog");
        Node dialogRoot = robot.lookup("#importDialog").query();
        FxTests.screenshot(dialogRoot.getScene(), "main-window-import-report");
        robot.clickOn("#closeImport");
        robot.interact(() -> robot.lookup("#productsFilter").queryAs(TextField.class).setText("Imported Lamp"));
        FxTests.waitUntil("the imported lamps", () -> products.getItems().size() == 12
                && products.getItems().stream().allMatch(p -> p.id().startsWith("lamp")));
        FxTests.waitUntil("the summary counts them", () -> robot.lookup("#summaryProducts").queryAs(Label.class)
                .getText().equals("462"));
        assertTrue(root.main().problems().problemProperty().get().isEmpty());
    }

    @Test
    void aWorkspaceThatCannotOpenShowsAClearMessageAndIsLogged(FxRobot robot) throws Exception {
        FxTests.waitUntil("the workspace is open", () -> root.main().workspaceProperty().get() != null);
        Path broken = Files.writeString(home.resolve("notes.db"), "shopping list, not a database. ".repeat(100));
        robot.interact(() -> root.main().openWorkspace(broken));
        FxTests.waitUntil("the problem banner", () -> robot.lookup("#problemBanner").query().isVisible());
        String text = robot.lookup("#problemText").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Opening notes.db failed:") && text.contains("not a MerchLab workspace"), text);
        assertEquals("shop.db", robot.lookup("#workspaceName").queryAs(Label.class).getText(), "the old one stays open");
        FxTests.screenshot(scene, "main-window-problem");
        String log = Files.readString(root.logFile());
        assertTrue(log.contains("Opening notes.db failed:"), log);
        robot.clickOn("#dismissProblem");
        FxTests.waitUntil("the banner is gone", () -> !robot.lookup("#problemBanner").query().isVisible());
    }

    @Test
    void closingRemembersTheSectionAndWindowForTheNextStart(FxRobot robot) {
        FxTests.waitUntil("the workspace is open", () -> root.main().workspaceProperty().get() != null);
        robot.interact(() -> {
            root.main().select("models");
            stage.setWidth(1111);
            stage.close();
        });
        DesktopSettings saved = DesktopSettings.load(home.resolve("desktop.properties"));
        assertEquals("models", saved.section().orElseThrow());
        assertEquals(1111, saved.window().orElseThrow().width());
        assertEquals(shop, saved.lastWorkspace().orElseThrow());
        assertFalse(saved.recentWorkspaces().isEmpty());
    }

    @Test
    void mapsTheColumnsOfAHeaderNoFormatKnows(FxRobot robot) throws Exception {
        catalog = Files.writeString(home.resolve("supplier-list.csv"),
                "Code,Label,Cost\nbulb1,Warm Bulb,2.50 USD\nbulb2,Cold Bulb,2.75 USD\n");
        TableView<ProductRow> products = robot.lookup("#productsTable").queryTableView();
        FxTests.waitUntil("the products", () -> products.getItems().size() == 200);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        FxTests.waitUntil("the import dialog", () -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#addImportFiles");
        robot.clickOn("#kindCATALOG");
        FxTests.waitUntil("the columns to map", () -> robot.lookup("#column-title").tryQuery().isPresent());
        assertTrue(robot.lookup("#runImport").queryButton().isDisabled(), "nothing reads the file yet");
        robot.interact(() -> robot.lookup("#column-id").queryComboBox().setValue("code"));
        FxTests.waitUntil("the id column re-read", () -> robot.lookup("#column-title").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#column-title").queryComboBox().setValue("label"));
        FxTests.waitUntil("the file reads", () -> !robot.lookup("#runImport").queryButton().isDisabled());
        assertEquals("Detected format: merchant-csv · first 2 rows of supplier-list.csv",
                robot.lookup("#importPreviewMessage").queryAs(Label.class).getText());
        FxTests.screenshot(robot.lookup("#importDialog").query().getScene(), "main-window-import-columns");
        robot.clickOn("#runImport");
        FxTests.waitUntil("the report", () -> !robot.lookup("#importResult").queryAs(Label.class).getText().isEmpty());
        assertEquals("Imported 2 rows from 1 file", robot.lookup("#importResult").queryAs(Label.class).getText());
    }

    /** A Merchant Center catalog of {@code rows} lamps, then a row with a bad price and one without an id. */
    private static Path merchantCenterCatalog(Path file, int rows) throws java.io.IOException {
        StringBuilder text = new StringBuilder("id,title,brand,price,google_product_category,color\n");
        for (int i = 1; i <= rows; i++) {
            text.append("lamp").append(i).append(",Imported Lamp ").append(i).append(",Lumen,").append(10 + i)
                    .append(".50 USD,Home > Lighting,white\n");
        }
        text.append("lampbad,Broken Price,Lumen,abc,Home > Lighting,white\n");
        text.append(",No Id,Lumen,3.00 USD,Home > Lighting,white\n");
        return Files.writeString(file, text);
    }

    /** Answers every "choose files" with the test catalog. */
    private final class OneFilePicker implements FilePicker {
        @Override
        public List<Path> filesToImport(Window owner) {
            return List.of(catalog);
        }

        @Override
        public Optional<Path> workspaceToOpen(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> newWorkspace(Window owner) {
            return Optional.empty();
        }
    }
}
