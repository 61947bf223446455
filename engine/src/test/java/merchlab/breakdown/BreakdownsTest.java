package merchlab.breakdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import merchlab.MerchLabException;
import merchlab.fixtures.TestShop;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakdownsTest {
    private static final long DAY = TestShop.DAY;
    private static final long T0 = TestShop.T0; // Tuesday 2023-11-14, midnight UTC
    @TempDir
    Path dir;
    private Workspace shop;

    /**
     * The day before: one mobile list of a and b, no click. The day: a mobile list of a, b and c where a is clicked,
     * carted and (the next day) bought, and a desktop list of a and b where b is clicked.
     */
    @BeforeEach
    void shop() {
        TestShop f = new TestShop(dir.resolve("shop.db"))
                .product("a", "Trail Runner", "Acme", "Shoes > Running", 90)
                .product("b", "Sun Hat", "Acme", "Hats", 20)
                .product("c", "Mystery Box", "Acme", null, 5);
        f.list(T0 - DAY + 3_600_000, "u1", "r0", null, List.of("a", "b"), List.of());
        f.list(T0 + 3_600_000, "u1", "r1", null, List.of("a", "b", "c"), List.of("a"));
        f.event(T0 + 3_700_000, "u1", "add_to_cart", "a", null, null, "mobile", "r1");
        f.event(T0 + DAY + 60_000, "u1", "purchase", "a", null, null, "mobile", "r1");
        f.event(T0 + 7_200_000, "u2", "impression", "a", null, 1, "desktop", "r2");
        f.event(T0 + 7_200_000, "u2", "impression", "b", null, 2, "desktop", "r2");
        f.event(T0 + 7_260_000, "u2", "click", "b", null, 2, "desktop", "r2");
        shop = f.workspace();
    }

    private static Map<String, BreakdownReport.Cell> byPair(BreakdownReport r) {
        return r.cells().stream().collect(Collectors.toMap(c -> c.row() + "|" + c.column(), c -> c));
    }

    @Test
    void countsEachImpressionsOutcomesByTwoDimensionsBesideThePreviousPeriod() {
        BreakdownReport r = new Breakdowns(shop).run(Dimension.CATEGORY, Dimension.DEVICE, T0, T0 + DAY);
        Map<String, BreakdownReport.Cell> cells = byPair(r);
        assertEquals(List.of("(none)|mobile", "Hats|desktop", "Hats|mobile", "Shoes|desktop", "Shoes|mobile"),
                r.cells().stream().map(c -> c.row() + "|" + c.column()).toList());
        BreakdownReport.Cell shoesMobile = cells.get("Shoes|mobile");
        assertEquals(1, shoesMobile.impressions());
        assertEquals(1.0, shoesMobile.rate(Metric.CTR).value());
        assertEquals(1.0, shoesMobile.rate(Metric.ADD_TO_CART).value());
        assertEquals(1.0, shoesMobile.rate(Metric.CONVERSION).value(), "bought the next day, within the window");
        assertEquals(0.2065, shoesMobile.rate(Metric.CTR).low(), 1e-4, "1 of 1 is not certain");
        assertEquals(1.0, shoesMobile.rate(Metric.CTR).high());
        assertEquals(0.0, shoesMobile.rate(Metric.CTR).previous(), "shown the day before without a click");
        assertEquals(1.0, shoesMobile.rate(Metric.CTR).change());
        assertEquals(1.0, shoesMobile.previousImpressions());
        assertTrue(Double.isNaN(cells.get("Shoes|desktop").rate(Metric.CTR).previous()), "no desktop list before");
        assertEquals(1.0, cells.get("Hats|desktop").rate(Metric.CTR).value());
        assertEquals(0.0, cells.get("Hats|desktop").rate(Metric.ADD_TO_CART).value());

        BreakdownReport.Cell total = r.total();
        assertEquals(5, total.impressions());
        assertEquals(2, total.rate(Metric.CTR).events());
        assertEquals(0.4, total.rate(Metric.CTR).value(), 1e-12);
        assertEquals(0.0, total.rate(Metric.CTR).previous());
        assertEquals(2.0, total.previousImpressions());
    }

    @Test
    void pivotsOneRateWithTheRowsDownAndTheColumnsAcross() {
        BreakdownReport.Pivot p = new Breakdowns(shop).run(Dimension.CATEGORY, Dimension.DEVICE, T0, T0 + DAY)
                .pivot(Metric.CTR);
        assertEquals(List.of("(none)", "Hats", "Shoes"), p.rows());
        assertEquals(List.of("desktop", "mobile"), p.columns());
        assertTrue(Double.isNaN(p.values()[0][0]), "nothing of no category was shown on a desktop");
        assertArrayEquals(new double[] {1.0, 0.0}, p.values()[1]);
        assertArrayEquals(new double[] {0.0, 1.0}, p.values()[2]);
    }

    @Test
    void positionsHoursAndWeekdaysSortInTheirNaturalOrder() {
        BreakdownReport r = new Breakdowns(shop).run(Dimension.POSITION, Dimension.WEEKDAY, T0, T0 + DAY);
        assertEquals(List.of("01|2 Tue", "02|2 Tue", "03|2 Tue"),
                r.cells().stream().map(c -> c.row() + "|" + c.column()).toList());
        assertEquals(0.5, byPair(r).get("01|2 Tue").rate(Metric.CTR).value());
        BreakdownReport byHour = new Breakdowns(shop).run(Dimension.HOUR, Dimension.DAY, T0, T0 + DAY);
        assertEquals(List.of("01|2023-11-14", "02|2023-11-14"),
                byHour.cells().stream().map(c -> c.row() + "|" + c.column()).toList());
    }

    @Test
    void writesEveryCellAsCsvWithTheDimensionsNamed() throws Exception {
        Path csv = new Breakdowns(shop).run(Dimension.CATEGORY, Dimension.DEVICE, T0, T0 + DAY)
                .writeCsv(dir.resolve("breakdown.csv"));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("category,device,impressions,clicks,carts,purchases,ctr,ctr_low,ctr_high,"),
                lines.get(0));
        assertTrue(lines.get(0).contains("previous_ctr") && lines.get(0).contains("ctr_change"), lines.get(0));
        assertEquals(6, lines.size(), "a header and five cells");
    }

    @Test
    void aPeriodWithoutImpressionsGivesAnEmptyBreakdownAndBadRequestsAClearError() {
        BreakdownReport empty = new Breakdowns(shop).run(Dimension.CATEGORY, Dimension.DEVICE, T0 + 30 * DAY,
                T0 + 31 * DAY);
        assertTrue(empty.cells().isEmpty());
        assertEquals(0, empty.total().impressions());
        assertTrue(Double.isNaN(empty.total().rate(Metric.CTR).value()));
        assertTrue(empty.pivot(Metric.CTR).rows().isEmpty());
        assertEquals("break down by two different dimensions, not device twice", assertThrows(MerchLabException.class,
                () -> new Breakdowns(shop).run(Dimension.DEVICE, Dimension.DEVICE, T0, T0 + DAY)).getMessage());
        assertEquals("no breakdown by 'colour': use one of category, device, hour, weekday, position, day",
                assertThrows(MerchLabException.class, () -> Dimension.parse("colour")).getMessage());
        assertArrayEquals(new long[] {T0 - DAY + 3_600_000, T0 + 7_200_000}, new Breakdowns(shop).span().orElseThrow());
    }
}
