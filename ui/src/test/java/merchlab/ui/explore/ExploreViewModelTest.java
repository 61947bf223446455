package merchlab.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import merchlab.browse.ShopperDirectory;
import merchlab.model.ModelKinds;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.shop.ShopServices;
import merchlab.ui.TinyShop;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.ui.task.runner.DeferredTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExploreViewModelTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    private final RecordingProblems problems = new RecordingProblems();

    @BeforeAll
    static void shop() {
        ws = TinyShop.create(dir.resolve("shop.db"));
        TinyShop.train(ws, "ranker");
        TinyShop.train(ws, "popularity");
    }

    private ExploreViewModel explore(TestWorkbench workbench) {
        return new ExploreViewModel(workbench, TinyShop.services());
    }

    @Test
    void ranksAPickedShoppersRecommendationsWithCtrAndBaselineRanks() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        assertEquals("ranker", explore.modelProperty().get());
        assertEquals(List.of("ranker", "popularity").stream().sorted().toList(),
                explore.models().stream().sorted().toList());
        assertFalse(explore.shoppers().isEmpty());
        assertEquals(explore.shoppers().get(0).id(), explore.shopperProperty().get(), "the most active, to start with");
        assertEquals(10, explore.rows().size(), explore.messageProperty().get());
        List<Long> events = explore.shoppers().stream().map(ShopperDirectory.Shopper::events).toList();
        assertEquals(events.stream().sorted(java.util.Comparator.reverseOrder()).toList(), events, "most active first");
        explore.shopperFilterProperty().set("U1");
        assertTrue(explore.shoppers().stream().allMatch(s -> s.id().contains("U1")));
        String shopper = explore.shoppers().get(0).id();
        explore.shopperProperty().set(shopper);
        List<ExploreRow> rows = explore.rows();
        assertEquals(10, rows.size(), explore.messageProperty().get());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).rank());
            assertNotNull(rows.get(i).ctr(), "a ranker predicts CTR");
            assertTrue(rows.get(i).ctr() > 0 && rows.get(i).ctr() < 1);
            assertTrue(rows.get(i).baselineRank() >= 1);
            assertNull(rows.get(i).otherRank());
            if (i > 0) {
                assertTrue(rows.get(i - 1).ctr() >= rows.get(i).ctr(), "ranked by predicted CTR");
            }
        }
        assertTrue(explore.comparedRows().isEmpty());
        assertEquals("", explore.intentProperty().get());
        assertTrue(rows.stream().anyMatch(r -> r.baselineRank() != r.rank()), "the baseline ranks differently");
        assertTrue(explore.messageProperty().get().contains(shopper), explore.messageProperty().get());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void showsTwoModelsSideBySideWithTheProductsThatMoved() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        explore.shopperProperty().set("U3");
        explore.compareToProperty().set("popularity");
        assertEquals(10, explore.comparedRows().size(), explore.messageProperty().get());
        assertNull(explore.comparedRows().get(0).ctr(), "popularity predicts no CTR");
        Map<String, Integer> rankerRank = explore.rows().stream().collect(Collectors.toMap(ExploreRow::productId,
                ExploreRow::rank));
        Map<String, Integer> popularRank = explore.comparedRows().stream().collect(Collectors.toMap(
                ExploreRow::productId, ExploreRow::rank));
        for (ExploreRow r : explore.rows()) {
            assertNotNull(r.otherRank());
            if (popularRank.containsKey(r.productId())) {
                assertEquals(popularRank.get(r.productId()), r.otherRank());
            } else {
                assertTrue(r.otherRank() > 10, "not in the other top 10, so ranked lower there");
            }
            assertEquals(r.otherRank() - r.rank(), r.movedBy());
        }
        for (ExploreRow r : explore.comparedRows()) {
            if (rankerRank.containsKey(r.productId())) {
                assertEquals(rankerRank.get(r.productId()), r.otherRank());
            }
        }
        assertTrue(explore.rows().stream().anyMatch(ExploreRow::moved), "the two models disagree somewhere");
        explore.compareToProperty().set(null);
        assertTrue(explore.comparedRows().isEmpty());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void searchesATypedQueryWithItsIntentPersonalisedAndInContext() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        explore.shopperProperty().set(null);
        explore.queryProperty().set("red shoe");
        assertFalse(explore.rows().isEmpty(), explore.messageProperty().get());
        assertTrue(explore.messageProperty().get().contains("anonymous"), explore.messageProperty().get());
        assertTrue(explore.intentProperty().get().contains("Apparel"), explore.intentProperty().get());
        assertTrue(explore.rows().stream().anyMatch(r -> r.sources().contains("hybrid")));
        List<String> anonymous = explore.rows().stream().map(ExploreRow::productId).toList();
        assertNull(explore.answerProperty().get().ask().shopper());
        explore.shopperProperty().set("U2");
        explore.visit().deviceProperty().set("mobile");
        explore.visit().hourProperty().set(21);
        explore.visit().weekdayProperty().set(6);
        var ask = explore.answerProperty().get().ask();
        assertEquals("U2", ask.shopper());
        assertEquals("red shoe", ask.query());
        assertEquals("mobile", ask.context().device());
        assertEquals(21, ask.context().hour());
        assertEquals(6, ask.context().weekday());
        assertEquals(anonymous.size(), explore.rows().size());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void typingRunsOnlyTheNewestQueryOnceTheRunningOneEnds() {
        DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
        TestWorkbench workbench = new TestWorkbench(tasks, problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        tasks.runAll();
        explore.shopperProperty().set(null); // an anonymous visitor, instead of the most active shopper
        tasks.runAll();
        for (String typed : List.of("r", "re", "red", "red s", "red sh", "red shoe")) {
            explore.queryProperty().set(typed);
        }
        assertTrue(explore.busyProperty().get());
        assertEquals(1, tasks.pending(), "one job runs; later keystrokes wait as one ask");
        assertTrue(tasks.runNext());
        assertNull(explore.answerProperty().get(), "the overtaken answer for 'r' is dropped");
        assertEquals(1, tasks.pending());
        tasks.runAll();
        assertEquals("red shoe", explore.answerProperty().get().ask().query());
        assertFalse(explore.busyProperty().get());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void aPriceTheQueryStatesIsAChipThatCanBeTakenOffUntilTheNextQuery() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        explore.queryProperty().set("blue phone under 50");
        assertTrue(explore.filterChips().stream().anyMatch(c -> c.filter() == merchlab.search.IntentFilter.PRICE
                && c.label().equals("price up to 50.00")), explore.filterChips().toString());
        explore.removeFilter(merchlab.search.IntentFilter.PRICE);
        assertTrue(explore.filterChips().stream().noneMatch(c -> c.filter() == merchlab.search.IntentFilter.PRICE));
        assertEquals(java.util.Set.of(merchlab.search.IntentFilter.PRICE),
                explore.answerProperty().get().ask().ignored());
        explore.queryProperty().set("red phone under 50");
        assertTrue(explore.filterChips().stream().anyMatch(c -> c.filter() == merchlab.search.IntentFilter.PRICE),
                "a new query states its filters again");
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void explainsTheSelectedProductUnderEachShownModel() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        explore.shopperProperty().set("U4");
        explore.queryProperty().set("blue phone");
        String product = explore.rows().get(0).productId();
        explore.selectedProductProperty().set(product);
        assertEquals(1, explore.explanations().size());
        var ranker = explore.explanations().get(0);
        assertEquals("ranker", ranker.model());
        assertEquals(product, ranker.explanation().productId());
        assertTrue(ranker.explanation().hasAttributions());
        assertEquals(explore.rows().get(0).ctr(), ranker.explanation().score(), 1e-5, "explains the score shown");
        assertTrue(ranker.explanation().completenessError() < 0.01, "attributions add up to the score");
        assertFalse(ranker.explanation().reasons().isEmpty());
        explore.compareToProperty().set("popularity");
        assertEquals(product, explore.selectedProductProperty().get(), "the product is still a candidate");
        assertEquals(List.of("ranker", "popularity"), explore.explanations().stream()
                .map(merchlab.scoring.ShopExplorer.Explained::model).toList());
        assertFalse(explore.explanations().get(1).explanation().hasAttributions());
        explore.selectedProductProperty().set(null);
        assertTrue(explore.explanations().isEmpty());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void withoutASavedModelListsTheRetrieversOrder(@TempDir Path other) {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(TinyShop.create(other.resolve("untrained.db")));
        explore.queryProperty().set("shoe");
        assertEquals(10, explore.rows().size(), explore.messageProperty().get());
        assertEquals("retrieval", explore.answerProperty().get().comparison().models().get(0));
        assertTrue(explore.rows().stream().allMatch(r -> r.ctr() == null && r.sources().contains("hybrid")));
        assertFalse(explore.rankFailedProperty().get());
        assertFalse(explore.shoppers().isEmpty(), "shoppers are listed all the same");
    }

    @Test
    void aWorkspaceWithoutVectorsOffersToPrepareIt() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = new ExploreViewModel(workbench, new ShopServices(ModelKinds.installed(), w -> {
            throw new merchlab.MerchLabException("the products have no text embeddings yet: run merchlab encode");
        }, TinyShop::search, TinyShop::preparation));
        workbench.open(ws);
        explore.shopperProperty().set("U1");
        assertTrue(explore.rankFailedProperty().get(), explore.messageProperty().get());
        assertEquals("Could not rank: the products have no text embeddings yet: prepare the workspace (Workspace › "
                + "Prepare workspace)", explore.messageProperty().get());
        explore.prepareWorkspace();
        assertEquals(1, workbench.prepareRequests);
        explore.shopperProperty().set(null);
        assertFalse(explore.rankFailedProperty().get(), "a new ask forgets the failure");
    }

    @Test
    void withoutAShopperOrAQueryAsksForOne() {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        explore.shopperProperty().set(null);
        explore.queryProperty().set("shoe");
        assertFalse(explore.rows().isEmpty());
        explore.queryProperty().set("  ");
        assertTrue(explore.rows().isEmpty());
        assertNull(explore.answerProperty().get());
        assertEquals("Pick a shopper or type a query", explore.messageProperty().get());
    }

    @Test
    void showsEachProductsFactsGradeAndTheShoppersHistory(@TempDir Path other) throws Exception {
        TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        ExploreViewModel explore = explore(workbench);
        workbench.open(ws);
        String shopper = explore.shopperProperty().get();
        List<merchlab.browse.ProductCards.Action> history = explore.history();
        assertFalse(history.isEmpty());
        assertTrue(history.size() <= ExploreViewModel.HISTORY_SHOWN);
        assertTrue(history.stream().noneMatch(a -> a.type().equals("impression")), "clicks and searches, not views");
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i - 1).ts() >= history.get(i).ts(), "newest first");
        }
        ExploreRow first = explore.rows().get(0);
        assertNotNull(first.product(), "the catalog's facts");
        assertTrue(first.facts().contains(first.product().category()), first.facts());
        explore.selectedProductProperty().set(first.productId());
        assertEquals(first, explore.selectedRowProperty().get());

        String query = "red shoe";
        String judgedProduct = first.productId();
        Path judgments = java.nio.file.Files.writeString(other.resolve("judgments.csv"),
                "query,product_id,grade\nRed Shoe,\"" + judgedProduct + "\",E\n");
        new merchlab.importer.ImportService(ws).run(merchlab.importer.ImportRequest.of(judgments,
                merchlab.importer.DataKind.JUDGMENTS), merchlab.importer.ImportListener.NONE,
                merchlab.CancelToken.none());
        explore.queryProperty().set(query);
        assertTrue(explore.judgedProperty().get());
        assertTrue(explore.rows().stream().filter(r -> r.grade() != null).allMatch(r -> r.productId()
                .equals(judgedProduct) && r.grade() == 1.0));
        assertEquals("judged Exact", Grades.label(1.0));
        explore.shopperProperty().set(null);
        assertTrue(explore.history().isEmpty(), "an anonymous visitor has no history");
        assertNotNull(shopper);
    }
}
