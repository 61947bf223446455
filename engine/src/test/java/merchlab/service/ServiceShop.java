package merchlab.service;

import java.nio.file.Path;
import java.util.Map;
import merchlab.catalog.Product;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.TestShop;

/** The service tests' shop: a {@link TestShop} of Northwind products embedded by title, and orders as purchases. */
final class ServiceShop {
    static final long T0 = 1_772_323_200_000L; // 2026-03-01T00:00:00Z

    private ServiceShop() {
    }

    /** An empty shop in {@code file} whose products are embedded by {@code FakeTextEncoder(32)} from their titles. */
    static TestShop create(Path file) {
        return new TestShop(file).embeddings(new FakeTextEncoder(32), Product::title).updatedAt(T0);
    }

    /** A Northwind product with stock, currency, colour and size. */
    static Product product(String id, String title, String category, double price, String currency,
                           String availability, String colour, String size) {
        return new Product(id, title, null, "Northwind", category, price, currency, null, availability, colour, size,
                null, null, null, null, null, Map.of());
    }
}
