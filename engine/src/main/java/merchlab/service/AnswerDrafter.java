package merchlab.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import merchlab.behaviour.Order;
import merchlab.catalog.Product;
import merchlab.store.OrderStore;

/**
 * Drafts the answer to a message from its intent's text and the workspace's facts: the order's date, items and total
 * from its purchase events, a product's price, stock and attributes from the catalog, and similar products in stock
 * when it is out of stock. A fact the workspace does not hold is never made up: the message goes to a person, with
 * the reason.
 */
public final class AnswerDrafter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    /** Intents a person always answers. */
    private static final Map<String, String> PERSONAL = Map.of(
            "contact_human_agent", "the shopper asks for a person",
            "complaint", "a complaint is answered by a person");

    private final ServiceTemplates templates;
    private final OrderStore orders;
    private final Function<String, Product> products;
    private final Function<Product, List<Product>> alternatives;

    /**
     * @param products     the catalog product of an id, or null
     * @param alternatives similar products in stock for an out-of-stock product, best first
     */
    public AnswerDrafter(ServiceTemplates templates, OrderStore orders, Function<String, Product> products,
                         Function<Product, List<Product>> alternatives) {
        this.templates = templates;
        this.orders = orders;
        this.products = products;
        this.alternatives = alternatives;
    }

    /** @param language {@code en} or {@code zh} */
    public DraftedAnswer draft(String intent, String language, List<Entity> entities) {
        if (PERSONAL.containsKey(intent)) {
            return DraftedAnswer.handoff(PERSONAL.get(intent));
        }
        Optional<String> template = templates.text(intent, language);
        if (template.isEmpty()) {
            return DraftedAnswer.handoff("this shop has no answer text for " + intent + " in " + language
                    + " (set one with merchlab service templates)");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        String missing = facts(template.get(), language, entities, facts);
        if (missing != null) {
            return DraftedAnswer.handoff(missing);
        }
        String text = fill(template.get(), facts);
        if ("out of stock".equals(facts.get("stockState"))) {
            Product p = products.apply(facts.get("productId"));
            List<String> names = alternatives.apply(p).stream().limit(3).map(a -> a.title() + " (" + a.id() + ", "
                    + money(a.price(), a.currency()) + ")").toList();
            Optional<String> more = templates.text("out_of_stock", language);
            if (!names.isEmpty() && more.isPresent()) {
                facts.put("alternatives", String.join("; ", names));
                text = text + " " + fill(more.get(), facts);
            }
        }
        facts.remove("stockState");
        facts.remove("productId");
        return new DraftedAnswer(text, null, facts);
    }

    /** Fills {@code facts} for the template's placeholders; the reason for a handoff when one is missing, else null. */
    private String facts(String template, String language, List<Entity> entities, Map<String, String> facts) {
        List<String> needed = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            needed.add(m.group(1));
        }
        boolean zh = language.equals("zh");
        if (needed.stream().anyMatch(List.of("order", "date", "items", "total")::contains)) {
            Optional<Entity> named = entities.stream().filter(e -> e.type().equals("order_id")).findFirst();
            if (named.isEmpty()) {
                return "the message names no order number";
            }
            Optional<Order> order = orders.find(named.get().value());
            if (order.isEmpty()) {
                return "order " + named.get().value() + " is not in this shop's records";
            }
            Order o = order.get();
            facts.put("order", o.id());
            facts.put("date", Instant.ofEpochMilli(o.placedAt()).atZone(ZoneOffset.UTC).toLocalDate().toString());
            List<String> items = new ArrayList<>();
            String currency = null;
            for (Order.Item i : o.items()) {
                Product p = products.apply(i.productId());
                currency = p == null ? currency : p.currency();
                String name = p == null ? i.productId() : p.title() + " (" + i.productId() + ")";
                items.add(i.quantity() + " x " + name + (i.price() == null ? ""
                        : (zh ? "，单价 " : " at ") + money(i.price(), p == null ? null : p.currency())));
            }
            facts.put("items", String.join("; ", items));
            if (o.total() != null) {
                facts.put("total", money(o.total(), currency));
            } else if (needed.contains("total")) {
                return "the prices of order " + o.id() + " are not recorded";
            }
        }
        if (needed.stream().anyMatch(List.of("product", "price", "stock", "brand", "colour", "size")::contains)) {
            Optional<Entity> named = entities.stream().filter(e -> e.type().equals("product") && e.known()).findFirst();
            if (named.isEmpty()) {
                return "the message names no product of the catalog with confidence";
            }
            Product p = products.apply(named.get().value());
            facts.put("productId", p.id());
            facts.put("product", p.title() + " (" + p.id() + ")");
            Double price = p.salePrice() != null && (p.price() == null || p.salePrice() < p.price()) ? p.salePrice()
                    : p.price();
            put(facts, "price", price == null ? null : money(price, p.currency()));
            String state = stock(p.availability());
            if (state != null) {
                facts.put("stockState", state);
                put(facts, "stock", zh ? Map.of("in stock", "有货", "out of stock", "暂时缺货",
                        "available for pre-order", "可预订", "on back order", "可补货预订").get(state) : state);
            }
            put(facts, "brand", p.brand());
            put(facts, "colour", p.color());
            put(facts, "size", p.size());
        }
        for (String n : needed) {
            if (!facts.containsKey(n)) {
                return "the workspace holds no " + n + " for " + (facts.containsKey("product") ? facts.get("product")
                        : facts.getOrDefault("order", "this message"));
            }
        }
        return null;
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(key, value);
        }
    }

    /** The stock state of an availability as the catalog writes it, or null when unknown. */
    static String stock(String availability) {
        if (availability == null) {
            return null;
        }
        String a = availability.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return switch (a) {
            case "in_stock", "instock", "available", "有货", "现货" -> "in stock";
            case "out_of_stock", "outofstock", "sold_out", "缺货" -> "out of stock";
            case "preorder", "pre_order" -> "available for pre-order";
            case "backorder", "back_order" -> "on back order";
            default -> null;
        };
    }

    static String money(Double amount, String currency) {
        if (amount == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%.2f", amount) + (currency == null || currency.isBlank() ? "" : " " + currency);
    }

    private static String fill(String template, Map<String, String> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(facts.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
