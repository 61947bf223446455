package merchlab.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import merchlab.MerchLabException;
import merchlab.behaviour.Order;
import merchlab.catalog.Product;
import merchlab.query.PriceParser;
import merchlab.query.QueryIntent;
import merchlab.query.TermMatcher;
import merchlab.search.Candidate;
import merchlab.search.Filters;
import merchlab.search.ProductSearch;
import merchlab.store.OrderStore;

/**
 * Reads the entities of a shopper's message, in English and Chinese: order ids (checked against the workspace's
 * orders), products (named by id, or linked by the hybrid product search with a confidence: the share of the
 * product's title words the message contains, halved when another product matches as well), and the brand, colour,
 * size and price the catalog's query understanding finds, and dates.
 */
public final class EntityReader {
    /** The least confidence at which a product mention is linked. */
    public static final double LINK_CONFIDENCE = 0.5;
    /** Products the search proposes for a mention. */
    static final int CANDIDATES = 20;

    private static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9])#?([A-Za-z]{0,4}-?\\d{5,20})(?![A-Za-z0-9])");
    private static final Pattern ORDER_WORD = Pattern.compile(
            "(order|purchase|transaction|订单|单号|订单号)\\s*(number|no\\.?|id|#|:|：|号)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("(?<![0-9])(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
            + "(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
            + "|yesterday|today|last week|昨天|今天|前天|上周)(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);

    private final OrderStore orders;
    private final Function<String, Product> products;
    private final ProductSearch search;
    private final Function<String, QueryIntent> understanding;

    /**
     * @param products      the catalog product of an id, or null
     * @param search        the workspace's product search, or null when its products are not encoded
     * @param understanding reads brand, colour, size and price in the catalog's terms, or null
     */
    public EntityReader(OrderStore orders, Function<String, Product> products, ProductSearch search,
                        Function<String, QueryIntent> understanding) {
        this.orders = orders;
        this.products = products;
        this.search = search;
        this.understanding = understanding;
    }

    public List<Entity> read(String message) {
        List<Entity> out = new ArrayList<>();
        boolean[] taken = new boolean[message.length() + 1];
        Matcher m = ID.matcher(message);
        while (m.find()) {
            String id = m.group(1);
            Product p = products.apply(id.toUpperCase(Locale.ROOT));
            if (p == null) {
                p = products.apply(id);
            }
            if (p != null) {
                add(out, taken, new Entity("product", m.group(), m.start(), m.end(), p.id(), 1, true));
                continue;
            }
            var order = orders.find(id);
            boolean named = ORDER_WORD.matcher(message.substring(0, m.start())).find();
            if (order.isPresent() || named || id.chars().allMatch(Character::isDigit) && id.length() >= 6) {
                add(out, taken, new Entity("order_id", m.group(), m.start(), m.end(),
                        order.map(Order::id).orElse(id), order.isPresent() ? 1 : 0.5, order.isPresent()));
            }
        }
        Matcher d = DATE.matcher(message);
        while (d.find()) {
            if (free(taken, d.start(), d.end())) {
                add(out, taken, new Entity("date", d.group(), d.start(), d.end(), d.group().toLowerCase(Locale.ROOT),
                        1, false));
            }
        }
        for (PriceParser.Match p : PriceParser.findAll(message)) {
            if (free(taken, p.start(), p.end())) {
                add(out, taken, new Entity("price", message.substring(p.start(), p.end()), p.start(), p.end(),
                        bound(p.range().min()) + "-" + bound(p.range().max()), 1, false));
            }
        }
        if (out.stream().noneMatch(e -> e.type().equals("product"))) {
            linkProduct(message, taken).ifPresent(e -> add(out, taken, e));
        }
        if (understanding != null) {
            QueryIntent intent = understanding.apply(message);
            term(out, taken, message, "brand", intent.brand());
            term(out, taken, message, "colour", intent.colour());
            term(out, taken, message, "size", intent.size());
        }
        out.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(out);
    }

    /** The catalog product the message most likely names, when the link is confident enough. */
    private java.util.Optional<Entity> linkProduct(String message, boolean[] taken) {
        if (search == null) {
            return java.util.Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < message.length(); i++) {
            text.append(taken[i] ? ' ' : message.charAt(i));
        }
        List<Candidate> candidates;
        try {
            candidates = search.search(text.toString(), CANDIDATES, Filters.none()).candidates();
        } catch (MerchLabException e) {
            return java.util.Optional.empty();
        }
        Set<String> words = keys(message);
        String best = null;
        double first = 0;
        double second = 0;
        for (Candidate c : candidates) {
            Product p = products.apply(c.productId());
            if (p == null) {
                continue;
            }
            double overlap = overlap(keys(p.title()), words);
            if (overlap > first) {
                second = first;
                first = overlap;
                best = p.id();
            } else if (overlap > second) {
                second = overlap;
            }
        }
        double confidence = first - second >= 0.1 ? first : first / 2;
        if (best == null || confidence < LINK_CONFIDENCE) {
            return java.util.Optional.empty();
        }
        int[] span = span(message, products.apply(best).title());
        return java.util.Optional.of(new Entity("product", message.substring(span[0], span[1]), span[0], span[1], best,
                confidence, true));
    }

    /** The share of the title's words that the message holds. */
    static double overlap(Set<String> title, Set<String> message) {
        if (title.isEmpty()) {
            return 0;
        }
        long found = title.stream().filter(message::contains).count();
        return (double) found / title.size();
    }

    private static Set<String> keys(String text) {
        Set<String> out = new HashSet<>();
        for (TermMatcher.Unit u : TermMatcher.units(text)) {
            out.add(u.text());
        }
        return out;
    }

    /** From the first to the last word of the message that the title holds. */
    private static int[] span(String message, String title) {
        Set<String> words = keys(title);
        int start = -1;
        int end = -1;
        for (TermMatcher.Unit u : TermMatcher.units(message)) {
            if (words.contains(u.text())) {
                start = start < 0 ? u.start() : start;
                end = u.end();
            }
        }
        return start < 0 ? new int[] {0, 0} : new int[] {start, end};
    }

    private static void term(List<Entity> out, boolean[] taken, String message, String type, String value) {
        if (value == null) {
            return;
        }
        int at = message.toLowerCase(Locale.ROOT).indexOf(value.toLowerCase(Locale.ROOT));
        int start = Math.max(0, at);
        int end = at < 0 ? 0 : at + value.length();
        out.add(new Entity(type, at < 0 ? value : message.substring(start, end), start, end, value, 1, true));
    }

    private static void add(List<Entity> out, boolean[] taken, Entity e) {
        out.add(e);
        for (int i = e.start(); i < e.end(); i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static String bound(Double v) {
        return v == null ? "" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }
}
