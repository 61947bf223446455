package merchlab.sample.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.sample.GeneratedShop;
import merchlab.sample.GenerationListener;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.csv.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service messages of a generated shop name its real orders and products, in the shopper's language. */
class ServiceMessageWriterTest {
    @Test
    void messagesNameRealOrdersAndProductsInBothLanguages(@TempDir Path dir) throws IOException {
        GeneratedShop shop = new ShopGenerator().generate(ShopConfig.of(ShopSize.SMALL).withProducts(300).withUsers(80)
                .withDays(4), dir, GenerationListener.NONE);
        Map<String, String> productLang = new HashMap<>();
        for (List<String> row : rows(shop.productsCsv())) {
            productLang.put(row.get(0), row.get(14));
        }
        Set<String> orders = new HashSet<>();
        for (List<String> row : rows(shop.eventsCsv())) {
            if (row.get(3).equals("purchase")) {
                orders.add(row.get(2));
            }
        }
        Map<String, Set<String>> intents = new HashMap<>();
        int orderMessages = 0;
        int productMessages = 0;
        for (List<String> m : rows(dir.resolve(GeneratedShop.SERVICE_MESSAGES_CSV))) {
            intents.computeIfAbsent(m.get(2), k -> new HashSet<>()).add(m.get(1));
            if (m.get(3).equals("order_id")) {
                assertTrue(orders.contains(m.get(4)), "order " + m.get(4) + " is a real order");
                assertTrue(m.get(0).contains(m.get(4)), m.get(0));
                orderMessages++;
            } else if (m.get(3).equals("product_id")) {
                assertEquals(m.get(2), productLang.get(m.get(4)), "the product is in the message's language");
                productMessages++;
            }
        }
        assertEquals(10, intents.get("en").size());
        assertEquals(intents.get("en"), intents.get("zh"));
        assertTrue(orderMessages > 100 && productMessages > 50, orderMessages + " / " + productMessages);
    }

    private static List<List<String>> rows(Path file) {
        List<List<String>> out = new java.util.ArrayList<>();
        try (CsvRows r = CsvRows.open(file)) {
            r.next();
            for (List<String> row = r.next(); row != null; row = r.next()) {
                out.add(row);
            }
        }
        return out;
    }
}
