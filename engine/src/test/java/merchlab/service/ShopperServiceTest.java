package merchlab.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.behaviour.Order;
import merchlab.catalog.Product;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.store.OrderStore;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fact a drafted answer states is checked against the workspace; a missing fact is a handoff. */
class ShopperServiceTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private IntentRecogniser model;
    private ProductSearch search;
    private ShopperService service;

    @BeforeEach
    void openShop() {
        ws = ServiceShop.create(dir.resolve("shop.db"))
                .product(ServiceShop.product("P0000001", "Trail Running Shoes Black 42", "Shoes > Running", 89.5, "USD",
                        "in_stock", "Black", "42"))
                .product(ServiceShop.product("P0000002", "Blue Rain Jacket M", "Apparel > Jackets", 120, "USD",
                        "out_of_stock", "Blue", "M"))
                .product(ServiceShop.product("P0000003", "Green Rain Jacket M", "Apparel > Jackets", 99, "USD",
                        "in_stock", "Green", "M"))
                .product(ServiceShop.product("P0000004", "Red Kettle", "Kitchen > Kettles", 30, "USD", null, "Red",
                        null))
                .purchase("S00000001", "U1", ServiceShop.T0 + 3_600_000, "P0000001", 2, 89.5)
                .purchase("S00000001", "U1", ServiceShop.T0 + 3_600_500, "P0000003", 1, 99)
                .workspace();
        model = ServiceTraining.open(ServiceTraining.train(ws));
        search = ProductSearch.open(ws, name -> new FakeTextEncoder(32), 1, HybridRetriever.Options.DEFAULT);
        service = ShopperService.open(ws, model, search);
    }

    @AfterEach
    void close() {
        search.close();
        model.close();
    }

    @Test
    void anOrderAnswerStatesTheOrdersTrueDateItemsAndTotal() {
        ServiceAnswer a = service.answer("where is my order S00000001");
        assertEquals("track_order", a.intent());
        assertFalse(a.handoff(), a.reason());
        Order truth = OrderStore.load(ws).find("S00000001").orElseThrow();
        Map<String, Product> products = new ProductStore(ws).find(List.of("P0000001", "P0000003"));
        assertEquals("S00000001", a.facts().get("order"));
        assertEquals("2026-03-01", a.facts().get("date"));
        double total = 0;
        for (Order.Item i : truth.items()) {
            String line = i.quantity() + " x " + products.get(i.productId()).title() + " (" + i.productId() + ") at "
                    + String.format(java.util.Locale.ROOT, "%.2f USD", i.price());
            assertTrue(a.answer().contains(line), a.answer() + " should hold " + line);
            total += i.quantity() * i.price();
        }
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f USD", total), a.facts().get("total"));
        a.facts().values().forEach(v -> assertTrue(a.answer().contains(v), a.answer() + " should state " + v));
    }

    @Test
    void anOrderTheShopDoesNotHoldIsHandedOffWithTheReason() {
        ServiceAnswer a = service.answer("where is my order S00000999");
        assertTrue(a.handoff());
        assertNull(a.answer());
        assertEquals("order S00000999 is not in this shop's records", a.reason());
        ServiceAnswer none = service.answer("i want to track my order");
        assertEquals("the message names no order number", none.reason());
    }

    @Test
    void anOutOfStockProductGetsSimilarProductsInStock() {
        ServiceAnswer a = service.answer("is the blue rain jacket in stock");
        assertEquals("place_order", a.intent());
        assertFalse(a.handoff(), a.reason());
        assertTrue(a.answer().startsWith("Blue Rain Jacket M (P0000002) costs 120.00 USD and is out of stock."), a.answer());
        assertTrue(a.facts().get("alternatives").contains("(P0000003, 99.00 USD)"), a.answer());
        assertFalse(a.facts().get("alternatives").contains("P0000002"), a.answer());
        for (String id : List.of("P0000001", "P0000004")) {
            assertFalse(a.facts().get("alternatives").contains(id), "only in-stock products of the category: " + a.answer());
        }
    }

    @Test
    void aProductWhoseStockIsUnknownIsHandedOff() {
        AnswerDrafter drafter = new AnswerDrafter(ServiceTemplates.load(ws), OrderStore.load(ws),
                id -> new ProductStore(ws).find(List.of(id)).get(id), p -> List.of());
        List<Entity> entities = ShopperService.entityReader(ws, search).read("is the red kettle in stock");
        DraftedAnswer a = drafter.draft("place_order", "en", entities);
        assertTrue(a.handedOff());
        assertTrue(a.reason().startsWith("the workspace holds no stock for Red Kettle (P0000004)"), a.reason());
    }

    @Test
    void askingForAPersonIsHandedOff() {
        ServiceAnswer a = service.answer("i want to talk to a person");
        assertEquals("contact_human_agent", a.intent());
        assertEquals("the shopper asks for a person", a.reason());
    }

    @Test
    void wordWeightsPointAtTheWordsThatDecide() {
        ServiceAnswer a = service.answer("please cancel purchase S00000001");
        assertEquals("cancel_order", a.intent());
        WordWeight top = a.words().stream().max(java.util.Comparator.comparingDouble(WordWeight::weight)).orElseThrow();
        assertEquals("cancel", top.word());
        assertEquals("please cancel purchase S00000001".indexOf("cancel"), top.start());
    }

    @Test
    void badMessagesAreClearErrorsOrHandoffs() {
        assertTrue(assertThrows(MerchLabException.class, () -> service.answer("   ")).getMessage()
                .startsWith("the message is empty"));
        String huge = "where is my order ".repeat(6_000);
        assertTrue(assertThrows(MerchLabException.class, () -> service.answer(huge)).getMessage()
                .contains("characters long; at most 2,000 are read"));
        ServiceAnswer cyrillic = service.answer("где мой заказ S00000001");
        assertTrue(cyrillic.handoff());
        assertTrue(cyrillic.reason().contains("cyrillic"), cyrillic.reason());
    }
}
