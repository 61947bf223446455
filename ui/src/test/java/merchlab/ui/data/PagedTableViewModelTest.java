package merchlab.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import merchlab.browse.Page;
import merchlab.browse.PageRequest;
import merchlab.ui.RecordingProblems;
import merchlab.ui.task.runner.DeferredTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagedTableViewModelTest {
    private final List<PageRequest> asked = new ArrayList<>();
    private final DeferredTaskRunner runner = new DeferredTaskRunner(new RecordingProblems());
    private PagedTableViewModel<Integer> table;

    /** 450 numbers; the filter keeps those whose decimal text contains it. */
    private Page<Integer> numbers(PageRequest request) {
        asked.add(request);
        List<Integer> all = IntStream.rangeClosed(1, 450).boxed()
                .filter(n -> String.valueOf(n).contains(request.filter())).toList();
        if ("value".equals(request.sortKey()) && !request.ascending()) {
            all = new ArrayList<>(all);
            java.util.Collections.reverse(all);
        }
        int from = (int) Math.min(all.size(), request.offset());
        return new Page<>(all.subList(from, Math.min(all.size(), from + request.limit())), all.size(), request);
    }

    @BeforeEach
    void table() {
        table = new PagedTableViewModel<>(runner, "numbers", 200);
        table.setSource(this::numbers);
        runner.runAll();
    }

    @Test
    void showsTheFirstPageWithItsRange() {
        assertEquals(200, table.rows().size());
        assertEquals(1, table.rows().get(0));
        assertEquals("1–200 of 450", table.rangeProperty().get());
        assertTrue(table.hasNextProperty().get());
        assertFalse(table.hasPreviousProperty().get());
        assertFalse(table.loadingProperty().get());
    }

    @Test
    void pagesForwardToTheLastPageAndBack() {
        table.nextPage();
        runner.runAll();
        assertEquals(201, table.rows().get(0));
        table.lastPage();
        runner.runAll();
        assertEquals("401–450 of 450", table.rangeProperty().get());
        assertFalse(table.hasNextProperty().get());
        table.previousPage();
        runner.runAll();
        assertEquals(201, table.rows().get(0));
    }

    @Test
    void filteringStartsAgainAtTheFirstPage() {
        table.nextPage();
        runner.runAll();
        table.filter("44");
        runner.runAll();
        assertEquals(0, table.offsetProperty().get());
        assertEquals(List.of(44, 144, 244, 344, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449), table.rows());
    }

    @Test
    void typingWhileAReadRunsCoalescesIntoOneMoreRead() {
        asked.clear();
        table.filter("1");
        table.filter("12");
        table.filter("123");
        assertTrue(table.loadingProperty().get());
        runner.runAll();
        assertEquals(2, asked.size(), "one read in flight, then one for the latest text");
        assertEquals("123", asked.get(1).filter());
        assertEquals(List.of(123), table.rows());
        assertFalse(table.loadingProperty().get());
    }

    @Test
    void sortingAsksTheSourceAndIgnoresARepeat() {
        asked.clear();
        table.sortBy("value", false);
        runner.runAll();
        table.sortBy("value", false);
        runner.runAll();
        assertEquals(1, asked.size());
        assertEquals(450, table.rows().get(0));
    }

    @Test
    void anInactiveTableReadsOnlyWhenShown() {
        PagedTableViewModel<Integer> hidden = new PagedTableViewModel<>(runner, "hidden", 50);
        hidden.setActive(false);
        asked.clear();
        hidden.setSource(this::numbers);
        runner.runAll();
        assertTrue(asked.isEmpty());
        hidden.setActive(true);
        runner.runAll();
        assertEquals(1, asked.size());
        assertEquals(50, hidden.rows().size());
    }

    @Test
    void aFailedReadStopsLoadingAndKeepsTheOldRows() {
        RecordingProblems problems = new RecordingProblems();
        DeferredTaskRunner failing = new DeferredTaskRunner(problems);
        PagedTableViewModel<Integer> broken = new PagedTableViewModel<>(failing, "products", 10);
        broken.setSource(request -> {
            throw new merchlab.MerchLabException("workspace file is gone");
        });
        failing.runAll();
        assertFalse(broken.loadingProperty().get());
        assertEquals(List.of("Reading products failed: workspace file is gone"), problems.reports);
    }

    @Test
    void clearingTheSourceEmptiesTheTable() {
        table.setSource(null);
        runner.runAll();
        assertTrue(table.rows().isEmpty());
        assertEquals("No rows", table.rangeProperty().get());
    }
}
