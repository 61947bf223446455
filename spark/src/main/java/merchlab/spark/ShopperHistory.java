package merchlab.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import merchlab.behaviour.EventType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One shopper's events as {@link ShopperLog#byShopper} gathers them ({@code t, row, type, product_id, query}), read in
 * the workspace's order: by time, then by file order.
 */
final class ShopperHistory {
    /** Co-occurring products: {@code product_id, other_id}. */
    static final StructType PAIRS = new StructType()
            .add("product_id", DataTypes.StringType, false)
            .add("other_id", DataTypes.StringType, false);

    private ShopperHistory() {
    }

    /** The events oldest first, file order within a time. */
    static List<Row> ordered(List<Row> events) {
        List<Row> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong((Row e) -> e.getLong(0)).thenComparingLong(e -> e.getLong(1)));
        return sorted;
    }

    /** The event's type, or null for one the workspace does not know. */
    static EventType type(Row event) {
        return EventType.parse(event.getString(2)).orElse(null);
    }

    /** The products of the shopper's clicks, views, carts and purchases, oldest first. */
    static List<String> engaged(List<Row> events) {
        List<String> out = new ArrayList<>();
        for (Row e : ordered(events)) {
            EventType type = type(e);
            if (e.getString(3) != null && type != null && type.isEngagement()) {
                out.add(e.getString(3));
            }
        }
        return out;
    }

    /** Both orders of every pair of different products engaged with within {@code window} engagements of each other. */
    static List<Row> pairs(List<Row> events, int window) {
        List<String> products = engaged(events);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            for (int j = i + 1; j <= Math.min(products.size() - 1, i + window); j++) {
                if (!products.get(i).equals(products.get(j))) {
                    out.add(RowFactory.create(products.get(i), products.get(j)));
                    out.add(RowFactory.create(products.get(j), products.get(i)));
                }
            }
        }
        return out;
    }
}
