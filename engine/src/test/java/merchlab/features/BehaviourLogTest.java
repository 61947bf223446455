package merchlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.behaviour.EventType;
import merchlab.behaviour.InteractionLog;
import merchlab.catalog.Product;
import merchlab.fixtures.TestShop;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourLogTest {
    private static Workspace shop(Path dir) throws Exception {
        TestShop shop = new TestShop(dir.resolve("w.db")).withoutEmbeddings().updatedAt(0);
        for (String p : List.of("p1", "p2", "p3", "p4")) {
            shop.product(Product.of(p, "product " + p, null, null, null));
        }
        return shop.event(10, "u1", "impression", "p1", "shoes", 1, null, null)
                .event(11, "u1", "click", "p1", "shoes", 1, null, null)
                .event(12, "u1", "purchase", "p1", null, null, null, null)
                .event(13, "u1", "view", "p2", null, null, null, null)
                .event(14, "u2", "add_to_cart", "p3", null, null, null, null)
                .event(15, "u2", "search", null, "bag", null, null, null)
                .event(16, null, "click", "p4", null, null, null, null)
                .event(17, "u2", "purchase", "p4", null, null, null, null)
                .workspace();
    }

    @Test
    void aWorkspaceGivesItsEngagementsWithImmediateRepeatsCollapsed(@TempDir Path dir) throws Exception {
        try (ShopData data = new ShopData(shop(dir), null)) {
            InteractionLog log = data.behaviour().interactions();
            assertEquals(List.of("p1", "p2"), log.products("u1"));
            assertEquals(List.of("p3", "p4"), log.products("u2"));
            assertEquals(Map.of("p1", 1, "p2", 1, "p3", 1, "p4", 1), log.productCounts());
            assertEquals(List.of("p1", "p1", "p2"), data.behaviour().history("u1", Long.MAX_VALUE));
            assertEquals(8, data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE).size());
        }
    }

    @Test
    void aSplitShowsOnlyItsTrainingInteractions(@TempDir Path dir) throws Exception {
        try (ShopData shop = new ShopData(shop(dir), null)) {
            InteractionLog all = shop.behaviour().interactions();
            // leave each shopper's last product out, as leave-last-out does
            InteractionLog training = all.filter(i -> !i.productId().equals("p2") && !i.productId().equals("p4"));
            ShopData data = shop.withBehaviour(new SplitBehaviour(shop.workspace(), shop::catalog, training));
            BehaviourLog split = data.behaviour();
            assertEquals(List.of("p1"), split.interactions().products("u1"));
            assertEquals(List.of("p3"), split.interactions().products("u2"));
            assertEquals(List.of("p1"), split.history("u1", Long.MAX_VALUE));
            assertTrue(split.knowsShopper("u2"));
            assertFalse(split.knowsShopper("u3"));
            assertTrue(split.recommended("u1", Long.MAX_VALUE).isEmpty());
            assertEquals(11L, split.span().orElseThrow()[0]);
            assertEquals(14L, split.span().orElseThrow()[1]);
            // the click model's columns come with the kept events: the click's query and position, no impression,
            // no held-out product
            EventLog events = split.events(Long.MIN_VALUE, Long.MAX_VALUE);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                kept.add(events.type(i) + " " + data.catalog().ids().get(events.product(i)));
            }
            assertEquals(List.of(EventType.CLICK + " p1", EventType.ADD_TO_CART + " p3"), kept);
            assertEquals("shoes", events.queries().name(events.query(0)));
            assertEquals(1, events.position(0));
            assertSame(shop.catalog(), data.catalog());
        }
    }
}
