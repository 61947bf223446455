package merchlab.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.fixtures.TestShop;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.importer.store.Pseudonymizer;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopperDirectoryTest {
    @TempDir
    Path dir;
    ShopperDirectory directory;

    @BeforeEach
    void shop() {
        TestShop f = new TestShop(dir.resolve("shop.db")).product("P1", "mug", "lumo", "Home", 8);
        long t = TestShop.T0;
        f.event(t, "anna", "click", "P1", null, null, "mobile", null);
        f.event(t + 1, "anna", "purchase", "P1", null, null, "mobile", null);
        f.event(t + 2, "ben_2", "click", "P1", null, null, "mobile", null);
        f.event(t + 3, "bob", "click", "P1", null, null, "mobile", null);
        f.event(t + 4, "bob", "impression", "P1", null, 1, "mobile", null);
        f.event(t + 5, "bob", "impression", "P1", null, 1, "mobile", null);
        f.event(t + 6, null, "search", null, "mug", null, "mobile", null);
        directory = new ShopperDirectory(f.workspace());
    }

    @Test
    void listsTheMostActiveShoppersFirstWithTheirCounts() {
        assertEquals(List.of(new ShopperDirectory.Shopper("bob", 3, 1, 0), new ShopperDirectory.Shopper("anna", 2, 1, 1),
                new ShopperDirectory.Shopper("ben_2", 1, 1, 0)), directory.find("", 10));
        assertEquals(List.of("bob"), directory.find(null, 1).stream().map(ShopperDirectory.Shopper::id).toList());
    }

    @Test
    void findsShoppersByPartOfTheirIdTakingWildcardsLiterally() {
        assertEquals(List.of("bob", "ben_2"), directory.find("B", 10).stream().map(ShopperDirectory.Shopper::id).toList());
        assertEquals(List.of("ben_2"), directory.find("_", 10).stream().map(ShopperDirectory.Shopper::id).toList());
        assertTrue(directory.find("%", 10).isEmpty());
    }

    @Test
    void theIdTheShopKnowsFindsItsPseudonymisedShopper() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "timestamp,user_id,session_id,type,product_id\n"
                + "2024-03-01T10:00:00Z,SHOPPER-7,s1,click,P1\n2024-03-01T10:00:01Z,SHOPPER-8,s2,click,P1\n");
        Workspace ws = Workspace.open(dir.resolve("private.db"));
        new ImportService(ws).run(new ImportRequest(file, DataKind.EVENTS, null, true), ImportListener.NONE,
                CancelToken.none());
        String pseudonym = Pseudonymizer.of(ws).orElseThrow().apply("SHOPPER-7");
        ShopperDirectory hashed = new ShopperDirectory(ws);
        assertEquals(List.of(pseudonym), hashed.find("SHOPPER-7", 10).stream().map(ShopperDirectory.Shopper::id).toList());
        assertEquals(2, hashed.find("", 10).size());
        assertTrue(hashed.find("SHOPPER", 10).isEmpty(), "a part of a raw id matches no pseudonym");
    }

    @Test
    void refusesAnEmptyOrHugeList() {
        assertThrows(MerchLabException.class, () -> directory.find("", 0));
        assertThrows(MerchLabException.class, () -> directory.find("", ShopperDirectory.MAX_LIMIT + 1));
    }
}
