package merchlab.ui.breakdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import merchlab.breakdown.BreakdownReport;
import merchlab.breakdown.Dimension;
import merchlab.breakdown.Metric;
import merchlab.ui.RecordingProblems;
import merchlab.ui.TestWorkbench;
import merchlab.ui.TinyShop;
import merchlab.ui.task.runner.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakdownViewModelTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private TestWorkbench workbench;

    @BeforeEach
    void workbench() {
        workbench = new TestWorkbench(new CurrentThreadTaskRunner(problems), problems);
    }

    @Test
    void opensOnTheLastWeekOfImpressionsBrokenDownByCategoryAndDevice() {
        BreakdownViewModel breakdown = new BreakdownViewModel(workbench);
        workbench.open(TinyShop.create(dir.resolve("shop.db")));
        assertEquals(6, breakdown.toProperty().get().toEpochDay() - breakdown.fromProperty().get().toEpochDay());
        BreakdownReport report = breakdown.reportProperty().get();
        assertNotNull(report, breakdown.messageProperty().get());
        assertTrue(report.total().impressions() > 0);
        assertTrue(breakdown.messageProperty().get().matches("[\\d,]+ impressions, \\d{4}-\\d\\d-\\d\\d to .*"
                + " · CTR \\d+\\.\\d\\d% \\([+-]\\d+\\.\\d\\d pts\\) .* changes against the 7 days before"),
                breakdown.messageProperty().get());
        BreakdownViewModel.Grid grid = breakdown.gridProperty().get();
        assertEquals("category \\ device", grid.header().get(0));
        assertEquals(grid.header().size(), grid.lines().get(0).size());
        assertTrue(grid.lines().stream().flatMap(l -> l.stream().skip(1))
                .allMatch(cell -> cell.equals("–") || cell.matches("\\d+\\.\\d\\d% of [\\d,]+")), grid.toString());
        assertTrue(problems.reports.isEmpty(), problems.reports::toString);
    }

    @Test
    void anotherRateRedrawsTheGridWithoutCountingAgain() {
        BreakdownViewModel breakdown = new BreakdownViewModel(workbench);
        workbench.open(TinyShop.create(dir.resolve("shop.db")));
        BreakdownReport counted = breakdown.reportProperty().get();
        BreakdownViewModel.Grid ctr = breakdown.gridProperty().get();
        breakdown.metricProperty().set(Metric.CONVERSION);
        assertSame(counted, breakdown.reportProperty().get());
        assertTrue(!ctr.equals(breakdown.gridProperty().get()) || counted.total().rate(Metric.CTR).value()
                == counted.total().rate(Metric.CONVERSION).value());
    }

    @Test
    void aBadChoiceIsOneLineAndKeepsTheLastBreakdown() {
        BreakdownViewModel breakdown = new BreakdownViewModel(workbench);
        workbench.open(TinyShop.create(dir.resolve("shop.db")));
        BreakdownReport before = breakdown.reportProperty().get();
        breakdown.columnsProperty().set(Dimension.CATEGORY);
        breakdown.run();
        assertEquals("Choose two different dimensions, not category twice", breakdown.messageProperty().get());
        breakdown.columnsProperty().set(Dimension.HOUR);
        breakdown.toProperty().set(breakdown.fromProperty().get().minusDays(1));
        breakdown.run();
        assertTrue(breakdown.messageProperty().get().startsWith("The period's last day ("),
                breakdown.messageProperty().get());
        assertSame(before, breakdown.reportProperty().get());
    }

    @Test
    void exportsEveryCellAsCsv() throws Exception {
        BreakdownViewModel breakdown = new BreakdownViewModel(workbench);
        workbench.open(TinyShop.create(dir.resolve("shop.db")));
        breakdown.rowsProperty().set(Dimension.POSITION);
        breakdown.columnsProperty().set(Dimension.WEEKDAY);
        breakdown.run();
        Path csv = dir.resolve("out.csv");
        breakdown.exportCsv(csv);
        assertTrue(Files.readString(csv).startsWith("position,weekday,impressions,clicks,"));
        assertEquals(breakdown.reportProperty().get().cells().size() + 1, Files.readAllLines(csv).size());
        assertTrue(breakdown.messageProperty().get().startsWith("Saved "), breakdown.messageProperty().get());
        breakdown.exportCsv(dir.resolve("no-such-folder").resolve("out.csv"));
        assertTrue(breakdown.messageProperty().get().startsWith("Could not export: "),
                breakdown.messageProperty().get());
    }

    @Test
    void ratesReadAsPercentagesWithTheirIntervalAndChange() {
        assertEquals("12.35% [11.20%, 13.50%] · before 10.00% · +2.35 pts", BreakdownViewModel.detail(
                new BreakdownReport.Rate(5, 0.1235, 0.112, 0.135, 0.10)));
        assertEquals("100.00% [20.65%, 100.00%] · not shown before", BreakdownViewModel.detail(
                new BreakdownReport.Rate(1, 1, 0.2065, 1, Double.NaN)));
        assertNull(BreakdownViewModel.grid(null, Metric.CTR));
    }
}
