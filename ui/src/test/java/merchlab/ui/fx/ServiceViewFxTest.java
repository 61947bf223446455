package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import merchlab.ui.RecordingProblems;
import merchlab.ui.ServiceShopFixture;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.service.ServiceView;
import merchlab.ui.service.ServiceViewModel;
import merchlab.ui.task.runner.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ServiceViewFxTest {
    @TempDir
    static Path dir;
    static ServiceShopFixture shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private TestWorkbench workbench;
    private ServiceViewModel model;
    private ServiceView view;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = ServiceShopFixture.create(dir.resolve("shop"));
        shop.trainIntent();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        workbench = new TestWorkbench(tasks, problems);
        model = new ServiceViewModel(workbench, ServiceShopFixture.services(), ServiceShopFixture::encoder,
                ws -> java.util.Optional.empty());
        view = new ServiceView(model, owner -> Optional.of(shop.messages));
        scene = new Scene((javafx.scene.Parent) view.createView(), 1280, 800);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
        workbench.open(shop.workspace);
    }

    @AfterEach
    void stop() {
        model.close();
        tasks.close();
    }

    @Test
    void answersAPickedMessageLinksItsOrderAndEvaluatesTheModelBesideTheBaseline(FxRobot robot) {
        ComboBox<String> examples = robot.lookup("#serviceExamples").queryComboBox();
        FxTests.waitUntil("the shop's example messages are listed", () -> !examples.getItems().isEmpty());
        String order = FxTests.onFx(() -> examples.getItems().stream().filter(m -> m.startsWith("hi, where is my"))
                .findFirst().orElseThrow());
        robot.interact(() -> examples.getSelectionModel().select(order));
        FxTests.waitUntil("the message is answered", () -> model.answerProperty().get() != null
                && model.answerProperty().get().message().equals(order));
        assertEquals(model.answerProperty().get().intent(), robot.lookup("#serviceIntent").queryLabeled().getText());
        FlowPane words = robot.lookup("#serviceWords").queryAs(FlowPane.class);
        assertEquals(model.answerProperty().get().words().size(), words.getChildren().size(), "a label per word");
        TableView<?> entities = robot.lookup("#serviceEntities").queryTableView();
        FxTests.waitUntil("the entities are listed", () -> !entities.getItems().isEmpty());
        FxTests.screenshot(scene, "service-answer");
        Hyperlink link = robot.lookup("#serviceEntities .hyperlink").queryAs(Hyperlink.class);
        robot.clickOn(link);
        assertTrue(workbench.productLinkProperty().get() != null, "the link opens the order's product in Explain");
        assertEquals(List.of("explain"), workbench.sectionsShown);

        robot.clickOn("#serviceChooseData");
        FxTests.waitUntil("the file's messages are offered", () -> examples.getItems().size() > 100);
        robot.clickOn("#serviceEvaluate");
        TableView<?> results = robot.lookup("#serviceResults").queryTableView();
        FxTests.waitUntil("the model and the baseline are evaluated", () -> results.getItems().size() == 2);
        TableView<?> perIntent = robot.lookup("#servicePerIntent").queryTableView();
        assertEquals(model.evaluation().reportsProperty().get().get(0).perIntent().size(), perIntent.getItems().size());
        assertEquals(model.evaluation().reportsProperty().get().get(0).labels(), view.confusion().labels());
        assertEquals(2, view.coverage().series().size(), "a coverage curve for the model and for the baseline");
        robot.interact(() -> robot.lookup("#servicePage").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        FxTests.screenshot(scene, "service");
        robot.interact(() -> robot.lookup("#servicePage").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        FxTests.screenshot(scene, "service-evaluation");
        assertEquals(List.of(), FxTests.onFx(() -> Layouts.problems(scene.getRoot(), "service")));
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }
}
