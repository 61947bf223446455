package merchlab.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.catalog.Product;

/**
 * Composes the one text of a product that the encoder embeds: title, brand, category path, colour, size and material.
 */
public final class ProductText {
    /** Separates the parts of a composed text. */
    public static final String SEPARATOR = " | ";

    private ProductText() {
    }

    /**
     * The text embedded for {@code product}: its title, then the brand (left out when the title already names it), the
     * category path with levels joined by {@code " / "}, colour, size and material; empty parts are skipped. The
     * description is left out: it is long, repetitive and would drown the title in a 256-token window.
     */
    public static String compose(Product product) {
        List<String> parts = new ArrayList<>();
        String title = clean(product.title());
        add(parts, title);
        String brand = clean(product.brand());
        if (!brand.isEmpty() && !title.toLowerCase(Locale.ROOT).contains(brand.toLowerCase(Locale.ROOT))) {
            parts.add(brand);
        }
        add(parts, categoryPath(product.category()));
        add(parts, clean(product.color()));
        add(parts, clean(product.size()));
        add(parts, clean(product.material()));
        return String.join(SEPARATOR, parts);
    }

    /** The category path with its levels joined by {@code " / "}, for example {@code Shoes / Running}. */
    public static String categoryPath(String category) {
        String c = clean(category);
        if (c.isEmpty()) {
            return "";
        }
        List<String> levels = new ArrayList<>();
        for (String level : c.split(">")) {
            String l = level.strip();
            if (!l.isEmpty()) {
                levels.add(l);
            }
        }
        return String.join(" / ", levels);
    }

    private static void add(List<String> parts, String part) {
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
