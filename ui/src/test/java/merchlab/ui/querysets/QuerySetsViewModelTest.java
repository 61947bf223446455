package merchlab.ui.querysets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.eval.judged.QuerySet;
import merchlab.eval.judged.Ratings;
import merchlab.fixtures.JudgedQueries;
import merchlab.ui.ExploreRequests;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.explore.ExploreViewModel;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuerySetsViewModelTest {
    @TempDir
    static Path dir;
    static Workspace ws;
    private final RecordingProblems problems = new RecordingProblems();
    private final TestWorkbench workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
    private final ExploreRequests requests = new ExploreRequests();

    @BeforeAll
    static void shop() {
        ws = judgedShop(dir.resolve("shop.db"));
    }

    /** The tiny shop with its searched queries judged and a saved popularity model. */
    static Workspace judgedShop(Path file) {
        Workspace shop = TinyShop.create(file);
        JudgedQueries.write(shop, 16);
        TinyShop.train(shop, "popularity");
        return shop;
    }

    private QuerySetsViewModel querySets(String rater) {
        return new QuerySetsViewModel(workbench, TinyShop.services(), requests, rater);
    }

    @Test
    void comparesRetrievalWithTheSavedModelQueryByQueryLargestChangeFirst() {
        QuerySetsViewModel model = querySets("ana");
        workbench.open(ws);

        assertEquals(List.of("search", "popularity"), model.sides());
        assertEquals("search", model.sideAProperty().get());
        assertEquals("popularity", model.sideBProperty().get());
        List<QuerySet.Query> rows = model.queries();
        assertFalse(rows.isEmpty(), model.messageProperty().get());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Math.abs(rows.get(i - 1).change()) >= Math.abs(rows.get(i).change()), "largest change first");
        }
        assertTrue(model.summaryProperty().get().startsWith(rows.size() + " queries · mean NDCG@10 A "),
                model.summaryProperty().get());
        assertTrue(model.summaryProperty().get().contains(" p "), "the change has its p-value");
        assertEquals(rows.get(0).query(), model.selectedQueryProperty().get(), "the first query is picked");
        assertEquals(10, model.resultsA().size());
        assertTrue(model.resultsA().stream().allMatch(r -> r.judged() ? r.rater().equals(Ratings.IMPORT)
                : r.grade().equals(ResultRow.NOT_JUDGED) && r.rater() == null));
        assertFalse(model.resultsA().get(0).title().isBlank());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void filtersTheQueriesByKindAndLanguage() {
        QuerySetsViewModel model = querySets("ana");
        workbench.open(ws);
        int all = model.queries().size();
        assertEquals(List.of(QuerySetsViewModel.ANY_KIND, "broad", "exact"), model.kinds());
        assertEquals(List.of(QuerySetsViewModel.ANY_LANGUAGE, "en"), model.languages());

        model.kindProperty().set("exact");
        assertTrue(model.queries().stream().allMatch(q -> "exact".equals(q.kind())));
        int exact = model.queries().size();
        assertTrue(exact > 0 && exact < all, exact + " of " + all);
        assertTrue(model.summaryProperty().get().startsWith(exact + " queries"), model.summaryProperty().get());
        assertEquals("exact", model.queries().stream().filter(q -> q.query().equals(model.selectedQueryProperty().get()))
                .findFirst().orElseThrow().kind(), "the picked query is one the filter shows");
        model.languageProperty().set("en");
        assertEquals(exact, model.queries().size());
        model.kindProperty().set(QuerySetsViewModel.ANY_KIND);
        assertEquals(all, model.queries().size());
    }

    @Test
    void comparesAQuerySampleDrawnTheSameWayForEverySide() {
        QuerySetsViewModel model = querySets("ana");
        workbench.open(ws);
        int all = model.queries().size();
        model.sampleProperty().set(5);
        assertEquals(5, model.queries().size());
        assertEquals("5 of " + all + " judged queries, drawn at random, ranked and scored in",
                model.messageProperty().get().replaceAll(" in .*", " in"));
        List<String> drawn = model.queries().stream().map(QuerySet.Query::query).sorted().toList();
        model.sideBProperty().set(QuerySetsViewModel.SEARCH);
        assertEquals(drawn, model.queries().stream().map(QuerySet.Query::query).sorted().toList());
        model.sampleProperty().set(QuerySetsViewModel.ALL);
        assertEquals(all, model.queries().size());
    }

    @Test
    void aHandGradeIsStoredWithItsRaterAndRescoresTheQueryInPlace() {
        Workspace own = judgedShop(dir.resolve("rated.db"));
        QuerySetsViewModel model = querySets("ana");
        workbench.open(own);
        QuerySet.Query target = model.queries().stream().filter(q -> q.unjudgedA() > 0).findFirst().orElseThrow();
        int place = model.queries().indexOf(target);
        model.selectedQueryProperty().set(target.query());
        ResultRow unjudged = model.resultsA().stream().filter(r -> !r.judged()).findFirst().orElseThrow();
        model.selectedProductProperty().set(unjudged.productId());
        assertEquals(unjudged, model.selectedResultProperty().get());

        model.rate(Ratings.GRADES.get(0));

        assertEquals(new Ratings.Rating(unjudged.productId(), 1.0, "ana", null).rater(),
                new Ratings(own).of(target.query()).get(unjudged.productId()).rater());
        QuerySet.Query after = model.queries().get(place);
        assertEquals(target.query(), after.query(), "the row keeps its place");
        assertEquals(target.judged() + 1, after.judged());
        assertTrue(after.unjudgedA() < target.unjudgedA());
        assertNotEquals(target.ndcgA(), after.ndcgA(), "an Exact product in the list raises its NDCG");
        ResultRow now = model.resultsA().stream().filter(r -> r.productId().equals(unjudged.productId()))
                .findFirst().orElseThrow();
        assertEquals("Exact", now.grade());
        assertEquals("ana", now.rater());
        assertTrue(model.messageProperty().get().contains("rated Exact"), model.messageProperty().get());
    }

    @Test
    void aGradeWithoutARaterIsNotStored() {
        Workspace own = judgedShop(dir.resolve("unnamed.db"));
        QuerySetsViewModel model = querySets("  ");
        workbench.open(own);
        ResultRow first = model.resultsA().get(0);
        model.selectedProductProperty().set(first.productId());
        model.rate(Ratings.GRADES.get(3));
        assertTrue(model.messageProperty().get().startsWith("Type your name as the rater"));
        assertEquals(first.gain(), new Ratings(own).of(model.selectedQueryProperty().get()).values().stream()
                .filter(r -> r.productId().equals(first.productId())).map(Ratings.Rating::gain).findFirst()
                .orElse(null));
    }

    @Test
    void opensThePickedQueryInExploreUnderTheComparedModel() {
        QuerySetsViewModel model = querySets("ana");
        workbench.open(ws);
        ExploreViewModel explore = new ExploreViewModel(workbench, TinyShop.services());
        explore.follow(requests);
        String query = model.queries().get(1).query();
        model.selectedQueryProperty().set(query);

        model.openInExplore();

        assertEquals(List.of("explore"), workbench.sectionsShown);
        assertNull(requests.pendingProperty().get(), "Explore took the request");
        assertEquals(query, explore.queryProperty().get());
        assertNull(explore.shopperProperty().get(), "a visitor without a shopper, as the query set scores");
        assertEquals("popularity", explore.modelProperty().get());
        assertFalse(explore.rows().isEmpty(), explore.messageProperty().get());
    }

    @Test
    void aWorkspaceWithoutJudgmentsSaysHowToGetThem() {
        QuerySetsViewModel model = querySets("ana");
        workbench.open(TinyShop.create(dir.resolve("unjudged.db")));
        assertTrue(model.queries().isEmpty());
        assertTrue(model.messageProperty().get().contains("no judged query"), model.messageProperty().get());
        assertNull(model.selectedQueryProperty().get());
        assertEquals("", model.summaryProperty().get());
    }
}
