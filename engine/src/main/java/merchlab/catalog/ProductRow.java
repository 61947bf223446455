package merchlab.catalog;

/** A product as the product table shows it; {@code price} is {@code null} when the feed gave none. */
public record ProductRow(String id, String title, String brand, String category, Double price, String currency,
                         String availability, String color, String size) {
}
