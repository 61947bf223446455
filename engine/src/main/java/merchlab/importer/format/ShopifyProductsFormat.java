package merchlab.importer.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/**
 * The Shopify product export (CSV): one row per variant, the product's own fields ({@code Title}, {@code Body (HTML)},
 * {@code Vendor}, {@code Type}, {@code Tags}, {@code Google Shopping / ...}) on its first row only, the following rows
 * of the same {@code Handle} carrying just their variant, and rows with only an image after them. Every variant is a
 * product of its own, grouped by {@code item_group_id} = handle: its id is the {@code Variant SKU}, or without one the
 * handle (a product without options) or the handle and the option values ({@code classic-tee-medium}), which is also
 * the product id a Shopify orders export without SKUs gives its line items.
 */
final class ShopifyProductsFormat extends DelimitedFormat {
    private static final String GOOGLE = "google_shopping_/_";

    @Override
    public String name() {
        return "shopify-products";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CATALOG);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of("handle"), List.of("title"), List.of("variant_price", "variant_sku"));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson() || sniff.isXml()) {
            return 0;
        }
        List<String> h = sniff.header();
        return h.contains("handle") && h.contains("title")
                && (h.contains("variant_price") || h.contains("variant_sku") || h.contains("body_(html)")) ? 10 : 0;
    }

    /** The product's own fields, from its first row, which its variant rows share. */
    private record Parent(String handle, Map<String, String> fields, String[] optionNames) {
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) throws java.io.IOException {
        int handle = c.require("handle");
        int title = c.require("title");
        int body = c.find("body_(html)", "body_html", "body");
        int vendor = c.find("vendor");
        int type = c.find("type");
        int productCategory = c.find("product_category", "standard_product_type");
        int tags = c.find("tags");
        int published = c.find("published");
        int status = c.find("status");
        int image = c.find("image_src");
        int variantImage = c.find("variant_image");
        int sku = c.find("variant_sku");
        int price = c.find("variant_price");
        int compareAt = c.find("variant_compare_at_price");
        int barcode = c.find("variant_barcode");
        int tracker = c.find("variant_inventory_tracker");
        int quantity = c.find("variant_inventory_qty");
        int policy = c.find("variant_inventory_policy");
        int[] optionName = new int[3];
        int[] optionValue = new int[3];
        for (int i = 0; i < 3; i++) {
            optionName[i] = c.find("option" + (i + 1) + "_name");
            optionValue[i] = c.find("option" + (i + 1) + "_value");
        }
        List<Integer> google = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.name(i).startsWith(GOOGLE) && c.name(i).length() > GOOGLE.length()) {
                google.add(c.find(c.name(i)));
            }
        }
        noteUnused(c, sink);
        SharedSkus shared = SharedSkus.find(source, handle, sku, optionValue, c.size());
        Parent[] current = {null};
        return (row, out) -> {
            String h = row.required(handle);
            if (row.get(title) != null) {
                Map<String, String> f = new HashMap<>();
                put(f, "title", row.get(title));
                put(f, "description", HtmlText.of(row.get(body)));
                put(f, "brand", row.get(vendor));
                put(f, "product_type", row.get(type));
                put(f, "google_product_category", row.get(productCategory));
                put(f, "tags", row.get(tags));
                put(f, "published", row.get(published));
                put(f, "status", row.get(status));
                put(f, "image_link", row.get(image));
                for (int col : google) {
                    String field = row.name(col).substring(GOOGLE.length()).replace("adwords", "ads");
                    put(f, field, row.get(col));
                }
                String[] names = new String[3];
                for (int i = 0; i < 3; i++) {
                    names[i] = row.get(optionName[i]);
                }
                current[0] = new Parent(h, f, names);
            } else if (current[0] == null || !current[0].handle().equals(h)) {
                throw new RowProblem("a variant row of '" + Numbers.clip(h) + "' without its product's first row"
                        + " (the one with the Title) before it");
            }
            Parent p = current[0];
            String variantSku = row.get(sku);
            SharedSkus.Group group = shared.of(h, variantSku);
            if (group != null && group.stored) {
                throw RowProblem.skip("a variant sharing its SKU with an earlier variant of the same product (folded"
                        + " into that product, its differing options listed there)");
            }
            List<String> values = new ArrayList<>();
            Map<String, String> f = new HashMap<>(p.fields());
            for (int i = 0; i < 3; i++) {
                String v = row.get(optionValue[i]);
                if (group != null && group.varies(i)) {
                    String field = MerchantFields.option(new HashMap<>(), p.optionNames()[i], v);
                    f.put(field + "_options", String.join(", ", group.values[i]));
                } else if (v != null && !v.equalsIgnoreCase("Default Title")) {
                    values.add(v);
                    MerchantFields.option(f, p.optionNames()[i], v);
                }
            }
            String variantPrice = row.get(price);
            if (values.isEmpty() && variantSku == null && variantPrice == null && row.get(title) == null) {
                throw RowProblem.skip("an extra image row of a product (the product's first image is kept)");
            }
            String variantTitle = String.join(" / ", values);
            String slug = Slug.of(variantTitle);
            f.put("id", variantSku != null ? variantSku : slug.isEmpty() ? h : h + "-" + slug);
            f.put("item_group_id", h);
            if (!values.isEmpty()) {
                f.put("title", p.fields().get("title") + " - " + variantTitle);
            }
            Double amount = variantPrice == null ? null : Numbers.decimal(variantPrice, "Variant Price");
            Double regular = row.decimal(compareAt);
            if (amount != null && regular != null && regular > amount) {
                f.put("price", row.get(compareAt));
                f.put("sale_price", variantPrice);
            } else {
                put(f, "price", variantPrice);
            }
            put(f, "gtin", row.get(barcode));
            put(f, "image_link", row.get(variantImage));
            put(f, "availability", availability(row.get(tracker), row.get(quantity), row.get(policy)));
            out.product(MerchantFields.product(f));
            if (group != null) {
                group.stored = true;
            }
        };
    }

    /** In stock unless Shopify tracks the stock, none is left and orders are refused then. */
    private static String availability(String tracker, String quantity, String policy) throws RowProblem {
        if (tracker == null || quantity == null) {
            return null;
        }
        long left = Numbers.whole(quantity, "Variant Inventory Qty");
        return left > 0 || "continue".equalsIgnoreCase(policy) ? "in stock" : "out of stock";
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name.toLowerCase(Locale.ROOT), value.strip());
        }
    }
}
