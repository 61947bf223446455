package merchlab.importer.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import merchlab.importer.DataKind;
import merchlab.importer.read.RowProblem;

/**
 * The WooCommerce product export (CSV): {@code ID, Type, SKU, Name, Published, Short description, Description,
 * Sale price, Regular price, Categories, Tags, Images, Parent, Attribute 1 name, Attribute 1 value(s), ...}. Every row
 * is a product (simple, variable, grouped or external, and each variation), its id the SKU or, without one, the ID. A
 * variation names its parent in {@code Parent} (the parent's SKU or {@code id:44}): it gets the parent's id as
 * {@code item_group_id} and the parent's category, tags, brand and description where it has none of its own.
 */
final class WooCommerceProductsFormat extends DelimitedFormat {
    private static final Pattern LIST = Pattern.compile("(?<!\\\\),\\s*");

    @Override
    public String name() {
        return "woocommerce-products";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CATALOG);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("id", "sku"), List.of("name"), List.of("type"), List.of("regular_price", "parent"));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson() || sniff.isXml()) {
            return 0;
        }
        List<String> h = sniff.header();
        return h.contains("type") && h.contains("name") && (h.contains("sku") || h.contains("id"))
                && (h.contains("regular_price") || h.contains("parent")) ? 10 : 0;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int id = c.find("id");
        int sku = c.find("sku");
        if (id < 0 && sku < 0) {
            c.require("id", "sku");
        }
        int type = c.find("type");
        int name = c.require("name");
        int published = c.find("published");
        int shortDescription = c.find("short_description");
        int description = c.find("description");
        int salePrice = c.find("sale_price");
        int regularPrice = c.find("regular_price");
        int categories = c.find("categories");
        int tags = c.find("tags");
        int images = c.find("images");
        int parent = c.find("parent");
        int inStock = c.find("in_stock?", "stock_status");
        int brands = c.find("brands", "brand");
        int[][] attributes = new int[20][];
        for (int i = 0; i < attributes.length; i++) {
            int n = c.find("attribute_" + (i + 1) + "_name");
            int v = c.find("attribute_" + (i + 1) + "_value(s)", "attribute_" + (i + 1) + "_values");
            attributes[i] = n < 0 || v < 0 ? null : new int[] {n, v};
        }
        noteUnused(c, sink);
        Map<String, String> productIdByWooId = new HashMap<>();
        Map<String, Map<String, String>> parents = new HashMap<>();
        return (row, out) -> {
            String ownId = row.get(id);
            String ownSku = row.get(sku);
            String productId = ownSku != null ? ownSku : ownId;
            if (productId == null) {
                throw new RowProblem("missing ID and SKU");
            }
            String kind = row.get(type);
            Map<String, String> f = new HashMap<>();
            f.put("id", productId);
            put(f, "title", row.get(name));
            String text = HtmlText.of(row.get(description));
            put(f, "description", text != null ? text : HtmlText.of(row.get(shortDescription)));
            put(f, "price", row.get(regularPrice));
            put(f, "sale_price", row.get(salePrice));
            List<String> paths = list(row.get(categories));
            if (!paths.isEmpty()) {
                f.put("product_type", paths.get(0));
                if (paths.size() > 1) {
                    f.put("categories", String.join(", ", paths));
                }
            }
            put(f, "tags", row.get(tags));
            List<String> pictures = list(row.get(images));
            if (!pictures.isEmpty()) {
                f.put("image_link", pictures.get(0));
            }
            put(f, "brand", row.get(brands));
            put(f, "woocommerce_type", kind);
            put(f, "availability", availability(row.get(inStock)));
            String state = row.get(published);
            if (state != null && !state.equals("1")) {
                f.put("published", state.equals("-1") ? "draft" : state.equals("0") ? "private" : state);
            }
            boolean variable = kind != null && kind.contains("variable");
            for (int[] a : attributes) {
                String attribute = a == null ? null : row.get(a[0]);
                String value = a == null ? null : row.get(a[1]);
                if (attribute != null && value != null) {
                    if (variable) {
                        f.put(MerchantFields.option(new HashMap<>(), attribute, value) + "_options", value);
                    } else {
                        MerchantFields.option(f, attribute, value);
                    }
                }
            }
            String parentRef = row.get(parent);
            if (parentRef != null) {
                String parentId = parentRef.startsWith("id:")
                        ? productIdByWooId.getOrDefault(parentRef.substring(3).strip(), parentRef.substring(3).strip())
                        : parentRef;
                f.put("item_group_id", parentId);
                Map<String, String> from = parents.get(parentId);
                if (from != null) {
                    from.forEach(f::putIfAbsent);
                }
            }
            out.product(MerchantFields.product(f));
            if (ownId != null && !ownId.equals(productId)) {
                productIdByWooId.put(ownId, productId);
            }
            if (variable) {
                Map<String, String> shared = new HashMap<>();
                for (String key : new String[] {"product_type", "categories", "tags", "brand", "description",
                        "image_link"}) {
                    if (f.containsKey(key)) {
                        shared.put(key, f.get(key));
                    }
                }
                parents.put(productId, shared);
            }
        };
    }

    /** A WooCommerce list (categories, images): comma-separated, a comma inside a name written as {@code \,}. */
    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return LIST.splitAsStream(value).map(s -> s.replace("\\,", ",").strip()).filter(s -> !s.isEmpty()).toList();
    }

    private static String availability(String inStock) {
        if (inStock == null) {
            return null;
        }
        return switch (inStock) {
            case "1", "instock" -> "in stock";
            case "0", "outofstock" -> "out of stock";
            case "backorder", "onbackorder" -> "backorder";
            default -> inStock;
        };
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value.strip());
        }
    }
}
