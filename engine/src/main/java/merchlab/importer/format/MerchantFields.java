package merchlab.importer.format;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import merchlab.catalog.Product;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/**
 * Maps a product in the Google Merchant Center vocabulary to a {@link Product}: {@code product_type} (or a textual
 * {@code google_product_category}) becomes the category path, {@code price} like {@code 12.99 USD} splits into amount
 * and currency, and every field without a column of its own is kept in the attributes.
 */
final class MerchantFields {
    /** Fields with a product column of their own. */
    static final Set<String> MODELLED = Set.of("id", "title", "description", "link", "image_link", "availability",
            "price", "sale_price", "brand", "product_type", "item_group_id", "color", "size", "gender", "material");
    /** Field names that identify the vocabulary in a header. */
    static final Set<String> VOCABULARY = Set.of("title", "description", "link", "image_link", "availability",
            "price", "sale_price", "brand", "gtin", "mpn", "condition", "google_product_category", "product_type",
            "item_group_id", "color", "size", "gender", "age_group", "material");

    /**
     * Column names that merchandisers' own exports use for Merchant Center fields (docs/importers.md has the table):
     * English spellings of other tools and the Chinese names of Taobao-style sheets.
     */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("product_id", "id"), Map.entry("商品id", "id"), Map.entry("商品编号", "id"),
            Map.entry("product_name", "title"), Map.entry("item_name", "title"), Map.entry("商品名称", "title"),
            Map.entry("商品标题", "title"), Map.entry("标题", "title"),
            Map.entry("商品描述", "description"), Map.entry("描述", "description"),
            Map.entry("价格", "price"), Map.entry("促销价", "sale_price"), Map.entry("品牌", "brand"),
            Map.entry("类目", "product_type"), Map.entry("商品类目", "product_type"), Map.entry("category", "product_type"),
            Map.entry("image_url", "image_link"), Map.entry("图片", "image_link"), Map.entry("图片链接", "image_link"),
            Map.entry("url", "link"), Map.entry("product_url", "link"), Map.entry("链接", "link"),
            Map.entry("颜色", "color"), Map.entry("colour", "color"), Map.entry("尺码", "size"),
            Map.entry("材质", "material"), Map.entry("库存状态", "availability"));

    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "^([A-Za-z]{3}\\s*)?([0-9]{1,3}(?:[. \u00A0][0-9]{3})+|[0-9]+),([0-9]{1,2})(\\s*[A-Za-z]{3})?$");
    private static final Pattern THOUSANDS = Pattern.compile(
            "^([A-Za-z]{3}\\s*)?([0-9]{1,3}(?:,[0-9]{3})+)(\\.[0-9]+(?:\\s*[A-Za-z]{3})?|\\s*[A-Za-z]{3}|)$");
    private static final Pattern PRICE = Pattern.compile(
            "^([A-Za-z]{3})?\\s*([+-]?[0-9]+(?:\\.[0-9]+)?|[+-]?\\.[0-9]+)\\s*([A-Za-z]{3})?$");

    private MerchantFields() {
    }

    /** The product described by {@code fields} (normalised names; blank values already removed). */
    static Product product(Map<String, String> fields) throws RowProblem {
        String id = fields.get("id");
        if (id == null) {
            throw new RowProblem("missing id");
        }
        String title = fields.get("title");
        if (title == null) {
            throw new RowProblem("missing title");
        }
        Money price = money(fields.get("price"), "price");
        Money sale = money(fields.get("sale_price"), "sale_price");
        String category = fields.get("product_type");
        String googleCategory = fields.get("google_product_category");
        if (category == null && googleCategory != null && !googleCategory.chars().allMatch(Character::isDigit)) {
            category = googleCategory;
        }
        Map<String, String> attributes = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (!MODELLED.contains(k)) {
                attributes.put(k, v);
            }
        });
        return new Product(id, title, fields.get("description"), fields.get("brand"), categoryPath(category),
                price == null ? null : price.amount, price == null ? (sale == null ? null : sale.currency) : price.currency,
                sale == null ? null : sale.amount, fields.get("availability"), fields.get("color"), fields.get("size"),
                fields.get("material"), fields.get("gender"), fields.get("link"), fields.get("image_link"),
                fields.get("item_group_id"), attributes);
    }

    /**
     * Puts a variant option (a shop's own attribute) under the field it means: colour, size and material have fields of
     * their own, brand too; any other option is an attribute under its own name ({@code option_} before names that
     * the Merchant Center vocabulary gives another meaning).
     */
    static String option(Map<String, String> fields, String name, String value) {
        String n = name == null ? "" : Columns.normalize(name);
        String field = switch (n) {
            case "color", "colour", "farbe", "couleur", "颜色" -> "color";
            case "size", "größe", "taille", "尺码", "尺寸" -> "size";
            case "material", "材质" -> "material";
            case "brand", "品牌" -> "brand";
            default -> VOCABULARY.contains(n) || MODELLED.contains(n) || n.isEmpty() ? "option_" + n : n;
        };
        fields.put(field, value);
        return field;
    }

    /** A category path with its levels joined by {@code " > "}, spaces around the separators made regular. */
    static String categoryPath(String raw) {
        if (raw == null) {
            return null;
        }
        String[] levels = raw.split(">");
        return FillIn.path(levels);
    }

    private record Money(double amount, String currency) {
    }

    /**
     * A price written with a decimal comma ({@code 49,00 TND}, {@code 1.234,50 EUR}) or with thousands commas
     * ({@code 1,234.50 USD}) in the plain form {@code 49.00 TND}; any other text as it is.
     */
    static String grouped(String text) {
        Matcher comma = DECIMAL_COMMA.matcher(text);
        if (comma.matches()) {
            return part(comma, 1) + comma.group(2).replaceAll("[. \u00A0]", "") + "." + comma.group(3) + part(comma, 4);
        }
        Matcher thousands = THOUSANDS.matcher(text);
        return thousands.matches() ? part(thousands, 1) + thousands.group(2).replace(",", "") + part(thousands, 3)
                : text;
    }

    private static String part(Matcher m, int group) {
        return m.group(group) == null ? "" : m.group(group);
    }

    private static Money money(String text, String what) throws RowProblem {
        if (text == null) {
            return null;
        }
        Matcher m = PRICE.matcher(grouped(text.strip()));
        if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
            throw new RowProblem(what + " '" + Numbers.clip(text) + "' is not a price like 12.99 USD");
        }
        double amount = Double.parseDouble(m.group(2));
        if (amount < 0) {
            throw new RowProblem(what + " '" + Numbers.clip(text) + "' is negative");
        }
        String currency = m.group(1) != null ? m.group(1) : m.group(3);
        return new Money(amount, currency == null ? null : currency.toUpperCase(Locale.ROOT));
    }
}
