package merchlab.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import merchlab.fixtures.SeededShop;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private TestWorkbench workbench;
    private DataViewModel data;

    @BeforeEach
    void data() {
        workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
        data = new DataViewModel(workbench);
    }

    @Test
    void showsNothingUntilAWorkspaceOpens() {
        assertNull(data.summaryProperty().get());
        assertTrue(data.products().rows().isEmpty());
    }

    @Test
    void openingAWorkspaceReadsSummaryProductsAndImports() {
        workbench.open(SeededShop.create(dir.resolve("shop.db"), 250, 400, 20));
        assertEquals(250, data.summaryProperty().get().products());
        assertEquals(400, data.summaryProperty().get().events());
        assertFalse(data.emptyProperty().get());
        assertEquals(200, data.products().rows().size());
        assertEquals("p0001", data.products().rows().get(0).id());
        assertEquals(1, data.imports().size());
        assertEquals(data.imports().get(0), data.selectedImportProperty().get());
        assertTrue(data.locationProperty().get().endsWith("shop.db"));
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void eventsAreReadOnlyOnceTheirTabIsShown() {
        workbench.open(SeededShop.create(dir.resolve("shop.db"), 10, 300, 5));
        assertTrue(data.events().rows().isEmpty());
        data.showTab(DataViewModel.Tab.EVENTS);
        assertEquals(200, data.events().rows().size());
        assertEquals("1–200 of 300", data.events().rangeProperty().get());
    }

    @Test
    void theImportsTabShowsTheRejectedRowsOfTheChosenImport() {
        workbench.open(SeededShop.create(dir.resolve("shop.db"), 10, 10, 5));
        data.showTab(DataViewModel.Tab.IMPORTS);
        assertEquals(SeededShop.REJECTED_ROWS, data.rejections().rows().size());
        assertEquals("price 'abc' is not a number", data.rejections().rows().get(0).reason());
    }

    @Test
    void anEmptyWorkspaceInvitesAnImport() {
        workbench.open(Workspace.open(dir.resolve("empty.db")));
        assertTrue(data.emptyProperty().get());
        data.requestImport();
        assertEquals(1, workbench.importRequests);
    }

    @Test
    void changedDataIsReadAgain() {
        Workspace ws = SeededShop.create(dir.resolve("shop.db"), 5, 0, 1);
        workbench.open(ws);
        assertEquals(5, data.products().totalProperty().get());
        SeededShop.addProduct(ws, "new1", "New Kettle");
        workbench.dataChanged();
        assertEquals(6, data.products().totalProperty().get());
        assertEquals(6, data.summaryProperty().get().products());
    }

    @Test
    void reloadingKeepsTheCurrentPage() {
        workbench.open(SeededShop.create(dir.resolve("a.db"), 450, 0, 1));
        data.products().nextPage();
        workbench.dataChanged();
        assertEquals(200, data.products().offsetProperty().get());
        assertEquals("p0201", data.products().rows().get(0).id());
    }

    @Test
    void switchingWorkspacesStartsAtTheFirstPageOfTheNewOne() {
        workbench.open(SeededShop.create(dir.resolve("a.db"), 450, 0, 1));
        data.products().nextPage();
        assertEquals(200, data.products().offsetProperty().get());
        workbench.open(SeededShop.create(dir.resolve("b.db"), 30, 0, 1));
        assertEquals(0, data.products().offsetProperty().get());
        assertEquals(30, data.products().rows().size());
    }
}
