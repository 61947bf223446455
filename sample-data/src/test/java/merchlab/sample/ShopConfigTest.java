package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopConfigTest {
    @Test
    void presetsHaveTheirSizes() {
        assertEquals(2_000, ShopConfig.of(ShopSize.SMALL).products());
        assertEquals(100_000, ShopConfig.of(ShopSize.MEDIUM).products());
        assertEquals(1_000_000, ShopConfig.of(ShopSize.LARGE).products());
        assertEquals(ShopSize.MEDIUM, ShopSize.parse("Medium"));
        assertEquals(EnumSet.of(OutputFormat.GENERIC, OutputFormat.GA4), OutputFormat.parseList("ga4"));
    }

    @Test
    void badOptionsAreRefusedWithAClearMessage() {
        assertEquals("unknown size 'huge': use small, medium or large",
                assertThrows(MerchLabException.class, () -> ShopSize.parse("huge")).getMessage());
        assertThrows(MerchLabException.class, () -> ShopConfig.of(ShopSize.SMALL).withProducts(0));
        assertThrows(MerchLabException.class, () -> ShopConfig.of(ShopSize.SMALL).withDays(0));
        assertThrows(MerchLabException.class, () -> ShopLanguage.parse("fr"));
        assertThrows(MerchLabException.class, () -> OutputFormat.parseList("generic,parquet"));
    }

    @Test
    void overriddenSizesAreHonoured(@TempDir Path dir) {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(321).withUsers(45).withDays(3);
        GeneratedShop shop = new ShopGenerator().generate(config, dir, GenerationListener.NONE);
        assertEquals(321, ShopFiles.rows(shop.productsCsv()).size());
        assertEquals(45, ShopFiles.rows(dir.resolve(GeneratedShop.SHOPPERS_CSV)).size());
        List<Map<String, String>> events = ShopFiles.rows(shop.eventsCsv());
        long firstDay = java.time.Instant.parse(ShopConfig.START_DATE + "T00:00:00Z").toEpochMilli();
        for (Map<String, String> e : events) {
            long t = java.time.Instant.parse(e.get("timestamp")).toEpochMilli();
            assertTrue(t >= firstDay && t < firstDay + 4 * 86_400_000L, e.get("timestamp"));
        }
        events.forEach(e -> assertTrue(Integer.parseInt(e.get("user_id").substring(1)) <= 45));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        MerchLabException e = assertThrows(MerchLabException.class, () -> new ShopGenerator()
                .generate(ShopConfig.of(ShopSize.SMALL), file, GenerationListener.NONE));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
    }
}
