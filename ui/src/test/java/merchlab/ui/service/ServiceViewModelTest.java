package merchlab.ui.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import merchlab.service.IntentReport;
import merchlab.service.ServiceAnswer;
import merchlab.ui.RecordingProblems;
import merchlab.ui.ServiceShopFixture;
import merchlab.ui.TestWorkbench;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.ui.task.runner.DeferredTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceViewModelTest {
    @TempDir
    static Path dir;
    static ServiceShopFixture shop;
    private final RecordingProblems problems = new RecordingProblems();
    private final TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);

    @BeforeAll
    static void shop() {
        shop = ServiceShopFixture.create(dir.resolve("shop"));
        shop.trainIntent();
    }

    private ServiceViewModel opened(Workspace ws) {
        ServiceViewModel service = new ServiceViewModel(workbench, ServiceShopFixture.services(),
                ServiceShopFixture::encoder, w -> java.util.Optional.empty());
        workbench.open(ws);
        return service;
    }

    @Test
    void theWorkspacesOwnLabelledMessagesAreOfferedUntilAFileIsChosen() {
        ServiceViewModel service = new ServiceViewModel(workbench, ServiceShopFixture.services(),
                ServiceShopFixture::encoder, w -> java.util.Optional.of(shop.messages));
        assertEquals(null, service.evaluation().dataFileProperty().get(), "no workspace yet");
        workbench.open(shop.workspace);
        assertEquals(shop.messages, service.evaluation().dataFileProperty().get());
        assertFalse(service.examples().isEmpty(), "its messages are offered to pick from");
        java.nio.file.Path chosen = dir.resolve("other.csv");
        service.evaluation().dataFileProperty().set(chosen);
        workbench.open(shop.workspace);
        assertEquals(chosen, service.evaluation().dataFileProperty().get(), "a file the user chose stays");
    }

    @Test
    void answersAMessageAboutARealOrderAndLinksItsProductAndShopper() {
        ServiceViewModel service = opened(shop.workspace);
        String example = service.examples().stream().filter(m -> m.startsWith("hi, where is my order")).findFirst()
                .orElseThrow(() -> new AssertionError("no order example: " + service.examples()));
        service.messageProperty().set(example);
        ServiceAnswer a = service.answerProperty().get();
        assertNotNull(a, service.noteProperty().get());
        assertEquals(example, a.message());
        assertFalse(a.words().isEmpty(), "the words that drove the intent");
        EntityRow order = service.entities().stream().filter(r -> r.entity().type().equals("order_id")).findFirst()
                .orElseThrow(() -> new AssertionError("the order is read: " + service.entities()));
        assertTrue(order.linked() && order.shopper() != null, order.toString());
        assertTrue(service.noteProperty().get().startsWith("intent"), service.noteProperty().get());

        service.open(order);
        assertEquals(order.productId(), workbench.productLinkProperty().get().productId());
        assertEquals(order.shopper(), workbench.productLinkProperty().get().shopper());
        assertEquals("explain", workbench.sectionsShown.get(workbench.sectionsShown.size() - 1));
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void badMessagesGetAClearLineAndNoProblemReport() {
        ServiceViewModel service = opened(shop.workspace);
        service.messageProperty().set("x".repeat(100_000));
        assertNull(service.answerProperty().get());
        assertTrue(service.noteProperty().get().contains("characters long"), service.noteProperty().get());
        service.messageProperty().set("   ");
        assertEquals("Type a shopper's message or pick one", service.noteProperty().get());
        service.messageProperty().set("Где мой заказ?");
        ServiceAnswer a = service.answerProperty().get();
        assertTrue(a.handoff() && a.reason().contains("cyrillic"), a.reason());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aWorkspaceWithoutAnIntentModelSaysHowToGetOne() {
        ServiceViewModel service = opened(Workspace.open(dir.resolve("empty.db")));
        service.messageProperty().set("where is my order?");
        assertNull(service.answerProperty().get());
        assertTrue(service.noteProperty().get().contains("press Train"), service.noteProperty().get());
    }

    @Test
    void evaluatesTheModelBesideTheBaselineOnTheHeldOutMessages() {
        ServiceViewModel service = opened(shop.workspace);
        IntentModelsViewModel models = service.evaluation();
        models.dataFileProperty().set(shop.messages);
        assertEquals(IntentModelsViewModel.LISTED, service.examples().size(), "the file's messages to pick from");
        models.evaluate(null);
        assertEquals(2, models.reportsProperty().get().size());
        IntentReport model = models.reportsProperty().get().get(0);
        IntentReport baseline = models.reportsProperty().get().get(1);
        assertEquals("intent", model.kind());
        assertEquals("intent-baseline", baseline.kind());
        assertTrue(model.messages() > 300 && model.messages() < 500, "a fifth of 2,000 messages: " + model.messages());
        assertEquals(model.perIntent().size(), models.perIntent().size());
        assertTrue(models.perIntent().stream().noneMatch(r -> Double.isNaN(r.baselineF1())), "the baseline's F1 beside");
        assertTrue(models.messageProperty().get().contains("held-out"), models.messageProperty().get());
    }

    @Test
    void typingQueuesOnlyTheNewestMessageWhileOneIsAnswered() {
        DeferredTaskRunner deferred = new DeferredTaskRunner(problems);
        TestWorkbench slow = new TestWorkbench(deferred, problems);
        ServiceViewModel service = new ServiceViewModel(slow, ServiceShopFixture.services(),
                ServiceShopFixture::encoder, w -> java.util.Optional.empty());
        slow.open(shop.workspace);
        deferred.runAll();
        service.messageProperty().set("w");
        assertTrue(service.answeringProperty().get());
        service.messageProperty().set("wh");
        service.messageProperty().set("where is my order");
        assertEquals(1, deferred.pending(), "the later messages wait as one");
        deferred.runNext();
        assertNull(service.answerProperty().get(), "the overtaken answer is dropped");
        assertEquals(1, deferred.pending(), "the newest message is answered next");
        deferred.runAll();
        assertEquals("where is my order", service.answerProperty().get().message());
        assertFalse(service.answeringProperty().get());
    }

    @Test
    void cancellingATrainingSavesNoModelAndSaysSo() {
        DeferredTaskRunner deferred = new DeferredTaskRunner(problems);
        TestWorkbench slow = new TestWorkbench(deferred, problems);
        ServiceViewModel service = new ServiceViewModel(slow, ServiceShopFixture.services(),
                ServiceShopFixture::encoder, w -> java.util.Optional.empty());
        slow.open(shop.workspace);
        service.evaluation().dataFileProperty().set(shop.messages);
        deferred.runAll();
        int models = service.models().size();
        service.evaluation().train();
        assertTrue(service.evaluation().trainingProperty().get());
        service.evaluation().cancelTraining();
        assertEquals("Cancelling…", service.evaluation().messageProperty().get());
        deferred.runAll();
        assertFalse(service.evaluation().trainingProperty().get());
        assertEquals("Training cancelled; no model was saved", service.evaluation().messageProperty().get());
        assertEquals(models, service.models().size());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aLongFileOffersMessagesFromAllOverIt() {
        List<String> many = IntStream.range(0, 1000).mapToObj(i -> "m" + i).toList();
        List<String> offered = ServiceViewModel.spread(many, 300);
        assertEquals(300, offered.size());
        assertEquals("m0", offered.get(0));
        assertEquals("m3", offered.get(1));
        assertEquals("m996", offered.get(299));
        assertEquals(List.of("a", "b"), ServiceViewModel.spread(List.of("a", "b"), 300));
    }

    @Test
    void aFileWithoutTheNeededColumnsIsAClearMessage() throws Exception {
        ServiceViewModel service = opened(shop.workspace);
        Path products = Files.writeString(dir.resolve("products.csv"), "id,title\nP1,Shoe\n");
        service.evaluation().dataFileProperty().set(products);
        String said = service.evaluation().messageProperty().get();
        assertTrue(said.contains("instruction,intent"), said);
        service.evaluation().train();
        assertFalse(service.evaluation().trainingProperty().get());
        assertTrue(service.evaluation().messageProperty().get().startsWith("Training failed"),
                service.evaluation().messageProperty().get());
    }

    @Test
    void trainsANewModelFromTheFileAndAnswersWithIt() {
        ServiceViewModel service = opened(shop.workspace);
        int before = service.models().size();
        service.evaluation().dataFileProperty().set(shop.messages);
        service.evaluation().train();
        assertFalse(service.evaluation().trainingProperty().get());
        assertEquals(before + 2, service.models().size(), service.models().toString());
        assertEquals(service.models().stream().filter(m -> m.startsWith("intent-") && !m.contains("baseline"))
                .findFirst().orElseThrow(), service.modelProperty().get());
        assertTrue(service.evaluation().messageProperty().get().startsWith("Saved "),
                service.evaluation().messageProperty().get());
    }
}
