package merchlab.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import merchlab.ui.AdsShopFixture;
import merchlab.ui.RecordingProblems;
import merchlab.ui.ServiceShopFixture;
import merchlab.ui.TestWorkbench;
import merchlab.ui.Theme;
import merchlab.ui.ads.AdsView;
import merchlab.ui.ads.AdsViewModel;
import merchlab.ui.ads.AuctionRow;
import merchlab.ui.ads.CampaignChoice;
import merchlab.ui.ads.ReplayRow;
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
class AdsViewFxTest {
    @TempDir
    static Path dir;
    static AdsShopFixture shop;
    private final RecordingProblems problems = new RecordingProblems();
    private FxTaskRunner tasks;
    private TestWorkbench workbench;
    private AdsViewModel model;
    private AdsView view;
    private Scene scene;

    @BeforeAll
    static void shop() {
        shop = AdsShopFixture.create(dir.resolve("shop"));
        shop.trainRanker();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(2, problems);
        workbench = new TestWorkbench(tasks, problems);
        model = new AdsViewModel(workbench, ServiceShopFixture.services());
        view = new AdsView(model, owner -> Optional.of(shop.truth),
                (owner, name, extension) -> Optional.of(dir.resolve(name)));
        scene = new Scene((javafx.scene.Parent) view.createView(), 1280, 720);
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
    void auctionsATypedQueryMovesAnAdToTheFirstSlotOnAWhatIfBidAndReplaysTheTestPeriod(FxRobot robot)
            throws Exception {
        TableView<AuctionRow> auction = robot.lookup("#adsAuction").queryTableView();
        FxTests.waitUntil("the campaigns and the ranker are read",
                () -> model.stateProperty().get() == AdsViewModel.State.READY);
        robot.clickOn("#adsQuery").write("spf");
        FxTests.waitUntil("the auction of the query is shown", () -> !auction.getItems().isEmpty()
                && model.headlineProperty().get().startsWith("Search \"spf\""));
        List<AuctionRow> rows = FxTests.onFx(() -> List.copyOf(auction.getItems()));
        List<AuctionRow> winners = rows.stream().filter(AuctionRow::won).toList();
        assertEquals(List.of(1, 4), winners.stream().map(AuctionRow::slot).toList(), rows.toString());
        for (AuctionRow w : winners) {
            assertTrue(w.priceCents() <= w.bidCents(), "a click costs at most the bid: " + w);
        }
        assertEquals("1", FxTests.onFx(() -> auction.getColumns().get(7).getCellData(0)), "the slot column");
        assertEquals("lost", FxTests.onFx(() -> auction.getColumns().get(7).getCellData(rows.size() - 1)));
        FxTests.waitUntil("the winner's pCTR is broken down", () -> !view.why().bars().isEmpty());

        robot.interact(() -> scrollTo(0));
        FxTests.screenshot(scene, "ads-1280x720");
        assertEquals(List.of(), FxTests.onFx(() -> Layouts.problems(scene.getRoot(), "ads at 1280x720")));
        assertEquals(List.of(), FxTests.onFx(() -> hiddenColumns(auction)), "every column of the auction shows");

        AuctionRow loser = rows.get(rows.size() - 1);
        assertFalse(loser.won());
        CampaignChoice campaign = FxTests.onFx(() -> model.campaigns().stream()
                .filter(c -> c.id().equals(loser.campaignId())).findFirst().orElseThrow());
        ComboBox<CampaignChoice> campaigns = robot.lookup("#adsWhatIfCampaign").queryComboBox();
        robot.interact(() -> campaigns.getSelectionModel().select(campaign));
        robot.clickOn("#adsWhatIfBid").write("80");
        FxTests.waitUntil("the what-if bid wins the first slot", () -> !auction.getItems().isEmpty()
                && auction.getItems().get(0).campaignId().equals(loser.campaignId())
                && auction.getItems().get(0).bidCents() == 8000);
        AuctionRow first = FxTests.onFx(() -> auction.getItems().get(0));
        assertEquals(1, first.slot());
        assertTrue(first.priceCents() <= 8000, first.toString());

        robot.interact(() -> robot.lookup("#adsChooseTruth").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#adsReplay").queryAs(Button.class).fire());
        TableView<ReplayRow> results = robot.lookup("#adsResults").queryTableView();
        FxTests.waitUntil("the replay's results are listed", () -> results.getItems().size() >= 5);
        List<String> sources = FxTests.onFx(() -> results.getItems().stream().map(ReplayRow::source).toList());
        assertTrue(sources.contains("oracle") && sources.contains("bid-only"), sources.toString());
        assertTrue(view.replay().tradeoff().points() > 0, "the trade-off curve has points");
        assertTrue(view.replay().reliability().series().size() > 2, "reliability before and after, and perfect");
        TableView<?> campaignsTable = robot.lookup("#adsCampaigns").queryTableView();
        assertFalse(campaignsTable.getItems().isEmpty(), "each campaign's spend");
        robot.interact(() -> robot.lookup("#adsTradeoffCsv").queryAs(Button.class).fire());
        List<String> csv = Files.readAllLines(dir.resolve("adsTradeoff.csv"));
        assertTrue(csv.size() > 3, "the trade-off curve exported: " + csv);
        robot.interact(() -> scrollTo(0.55));
        FxTests.screenshot(scene, "ads-replay-1280x720");
        assertEquals(List.of(), FxTests.onFx(() -> Layouts.problems(scene.getRoot(), "ads results at 1280x720")));
        robot.interact(() -> scrollTo(1));
        FxTests.screenshot(scene, "ads-campaigns-1280x720");
        assertEquals(List.of(), FxTests.onFx(() -> Layouts.problems(scene.getRoot(), "ads replay at 1280x720")));
        assertEquals(List.of(), FxTests.onFx(() -> hiddenColumns(results)), "every column of the results shows");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aWorkspaceWithoutCampaignsSaysWhatToImport(FxRobot robot) {
        robot.interact(() -> workbench.open(AdsShopFixture.withoutCampaigns(dir.resolve("plain"))));
        FxTests.waitUntil("the empty state is shown",
                () -> model.stateProperty().get() == AdsViewModel.State.NO_CAMPAIGNS);
        String text = robot.lookup("#adsEmpty").queryLabeled().getText();
        assertTrue(text.contains("import --campaigns FILE"), text);
        assertTrue(shown(robot.lookup("#adsEmpty").query()));
        assertFalse(shown(robot.lookup("#adsAuction").query()), "no auction table to fill");
        assertFalse(shown(robot.lookup("#adsReplay").query()), "nothing to replay");
        robot.clickOn("#adsEmptyAction");
        assertEquals(1, workbench.importRequests, "the button opens the import dialog");
        assertEquals(List.of(), FxTests.onFx(() -> Layouts.problems(scene.getRoot(), "ads without campaigns")));
    }

    /** Whether a node and every parent of it are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void scrollTo(double v) {
        ((ScrollPane) scene.getRoot()).setVvalue(v);
    }

    /** Columns narrower than their minimum or past the table's right edge, by header. */
    private static List<String> hiddenColumns(TableView<?> table) {
        double used = 0;
        List<String> hidden = new java.util.ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getWidth() + 0.5 < c.getMinWidth()) {
                hidden.add(c.getText() + " is " + c.getWidth() + " px, below " + c.getMinWidth());
            }
            used += c.getWidth();
            if (used > table.getWidth() + 0.5) {
                hidden.add(c.getText() + " ends at " + used + " px, past the table's " + table.getWidth());
            }
        }
        return hidden;
    }
}
