package merchlab.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.MerchLabException;
import merchlab.catalog.ProductRow;
import merchlab.fixtures.SeededShop;
import merchlab.importer.ImportRun;
import merchlab.importer.Rejection;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataBrowserTest {
    @TempDir
    static Path dir;
    static DataBrowser browser;

    @BeforeAll
    static void shop() {
        browser = new DataBrowser(SeededShop.create(dir.resolve("shop.db"), 450, 800, 40));
    }

    @Test
    void firstPageHoldsLimitRowsAndCountsAll() {
        Page<ProductRow> page = browser.products(PageRequest.first(200));
        assertEquals(200, page.rows().size());
        assertEquals(450, page.total());
        assertEquals("p0001", page.rows().get(0).id());
        assertFalse(page.hasPrevious());
        assertTrue(page.hasNext());
    }

    @Test
    void lastPageHoldsTheRemainder() {
        Page<ProductRow> page = browser.products(PageRequest.first(200).withOffset(400));
        assertEquals(50, page.rows().size());
        assertEquals("p0401", page.rows().get(0).id());
        assertFalse(page.hasNext());
        assertTrue(page.hasPrevious());
    }

    @Test
    void sortsByPriceDescending() {
        List<ProductRow> rows = browser.products(PageRequest.first(450).withSort("price", false)).rows();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).price() >= rows.get(i).price(), "row " + i + " is out of order");
        }
    }

    @Test
    void filterMatchesTitleOrBrandCaseInsensitively() {
        Page<ProductRow> page = browser.products(PageRequest.first(200).withFilter("trail shoe"));
        assertEquals(75, page.total()); // every sixth product is a trail shoe
        assertTrue(page.rows().stream().allMatch(r -> r.title().contains("Trail Shoe")));
    }

    @Test
    void filterTreatsPercentAndUnderscoreLiterally() {
        assertEquals(0, browser.products(PageRequest.first(10).withFilter("%")).total());
        assertEquals(0, browser.products(PageRequest.first(10).withFilter("p_001")).total());
    }

    @Test
    void unknownSortKeyIsRefusedClearly() {
        MerchLabException e = assertThrows(MerchLabException.class,
                () -> browser.products(PageRequest.first(10).withSort("id; DROP TABLE products", true)));
        assertTrue(e.getMessage().startsWith("cannot sort products by"), e.getMessage());
    }

    @Test
    void eventsComeInTimeOrderByDefault() {
        List<EventRow> rows = browser.events(PageRequest.first(300)).rows();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).timestamp() <= rows.get(i).timestamp());
        }
        assertEquals(SeededShop.START, rows.get(0).timestamp());
    }

    @Test
    void eventFilterFindsOneShopper() {
        Page<EventRow> page = browser.events(PageRequest.first(500).withFilter("u7"));
        assertTrue(page.total() > 0);
        assertTrue(page.rows().stream().allMatch(r -> r.shopperId().contains("u7") || r.sessionId().contains("u7")));
    }

    @Test
    void eventNullsStayNull() {
        EventRow search = browser.events(PageRequest.first(1)).rows().get(0);
        assertEquals("search", search.type());
        assertNull(search.productId());
        assertNull(search.position());
        assertNull(search.dwellMs());
    }

    @Test
    void aBrowserCountsOnceAndANewOneSeesNewRows(@TempDir Path other) throws Exception {
        Workspace ws = SeededShop.create(other.resolve("c.db"), 10, 0, 1);
        DataBrowser first = new DataBrowser(ws);
        assertEquals(10, first.products(PageRequest.first(5)).total());
        SeededShop.addProduct(ws, "x1", "Extra");
        assertEquals(10, first.products(PageRequest.first(5).withOffset(5)).total(), "remembered count");
        assertEquals(11, new DataBrowser(ws).products(PageRequest.first(5)).total());
    }

    @Test
    void importHistoryListsRunsWithTheirRejectedRows() {
        List<ImportRun> runs = browser.imports(10);
        assertEquals(1, runs.size());
        ImportRun run = runs.get(0);
        assertEquals("completed", run.status());
        assertEquals(1.5, run.seconds(), 1e-9);
        Page<Rejection> rejected = browser.rejections(run.id(), PageRequest.first(100));
        assertEquals(SeededShop.REJECTED_ROWS, rejected.total());
        assertEquals(new Rejection("catalog.csv", 10, "price 'abc' is not a number"), rejected.rows().get(0));
    }
}
