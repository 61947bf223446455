package merchlab.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityReaderTest {
    @TempDir
    Path dir;

    private EntityReader reader;

    @org.junit.jupiter.api.BeforeEach
    void openShop() {
        Workspace ws = ServiceShop.create(dir.resolve("shop.db"))
                .product(ServiceShop.product("P0000001", "Trail Running Shoes Black 42", "Shoes > Running", 89.5, "USD",
                        "in_stock", "Black", "42"))
                .purchase("S00000001", "U1", ServiceShop.T0, "P0000001", 1, 89.5)
                .workspace();
        reader = ShopperService.entityReader(ws, null);
    }

    private EntityReader reader() {
        return reader;
    }

    private static Entity only(List<Entity> found, String type) {
        List<Entity> of = found.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, of.size(), type + " in " + found);
        return of.get(0);
    }

    @Test
    void ordersInEnglishAndChineseAreCheckedAgainstTheWorkspace() {
        EntityReader r = reader();
        Entity known = only(r.read("where is order S00000001?"), "order_id");
        assertEquals("S00000001", known.value());
        assertTrue(known.known());
        Entity chinese = only(r.read("我的订单S00000001到哪了"), "order_id");
        assertEquals(new Entity("order_id", "S00000001", 4, 13, "S00000001", 1, true), chinese);
        Entity unknown = only(r.read("I cannot update order 113542617735902"), "order_id");
        assertFalse(unknown.known());
        assertEquals("113542617735902", unknown.value());
    }

    @Test
    void productIdsPricesDatesColoursAndSizes() {
        List<Entity> found = reader().read("is P0000001 in black size 42 under 100 still there on 2026-03-05?");
        assertEquals("P0000001", only(found, "product").value());
        assertEquals("-100", only(found, "price").value());
        assertEquals("2026-03-05", only(found, "date").value());
        assertEquals("Black", only(found, "colour").value());
        assertEquals("42", only(found, "size").value());
        assertEquals("3月5日", only(reader().read("我3月5日下的单"), "date").text());
    }

    @Test
    void aShortNumberIsNotAnOrder() {
        assertTrue(reader().read("I have 2 questions about 3 items").stream().noneMatch(e -> e.type().equals("order_id")));
    }
}
