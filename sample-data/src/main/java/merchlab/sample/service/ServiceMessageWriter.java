package merchlab.sample.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.csv.CsvRows;
import merchlab.csv.CsvWriter;
import merchlab.sample.query.Typos;
import merchlab.sample.random.Rng;

/**
 * Writes shoppers' service messages for a generated shop, in each shopper's language: questions about their real
 * orders (the visits with purchases, named by session id), about catalog products (by title, often shortened or
 * misspelled as the query generator misspells), and about the shop's policies, each with its true intent and entity
 * ({@code order_id} or {@code product_id}). Read back from the shop's own products and events files.
 */
public final class ServiceMessageWriter {
    /** Messages per intent and language, at most. */
    static final int PER_INTENT = 100;
    /** Share of messages with one misspelled word (a homophone in Chinese). */
    static final double TYPO_SHARE = 0.15;

    private ServiceMessageWriter() {
    }

    private record Purchase(String order, String product) {
    }

    private record Item(String id, String title, String lang) {
    }

    /** Writes {@code out} from the shop's {@code products.csv} and {@code events.csv}; returns the messages written. */
    public static int write(Path products, Path events, Path out, long seed) {
        Map<String, Item> catalog = new LinkedHashMap<>();
        try (CsvRows r = CsvRows.open(products)) {
            List<String> h = r.next();
            int id = h.indexOf("id");
            int title = h.indexOf("title");
            int lang = h.indexOf("custom_label_0");
            for (List<String> row = r.next(); row != null; row = r.next()) {
                catalog.put(row.get(id), new Item(row.get(id), row.get(title), row.get(lang)));
            }
        }
        Map<String, List<Purchase>> purchases = new LinkedHashMap<>();
        try (CsvRows r = CsvRows.open(events)) {
            List<String> h = r.next();
            int session = h.indexOf("session_id");
            int type = h.indexOf("event_type");
            int product = h.indexOf("product_id");
            for (List<String> row = r.next(); row != null; row = r.next()) {
                Item item = catalog.get(row.get(product));
                if (row.get(type).equals("purchase") && item != null) {
                    purchases.computeIfAbsent(item.lang(), k -> new ArrayList<>())
                            .add(new Purchase(row.get(session), row.get(product)));
                }
            }
        }
        Map<String, List<Item>> byLang = new LinkedHashMap<>();
        catalog.values().forEach(i -> byLang.computeIfAbsent(i.lang(), k -> new ArrayList<>()).add(i));
        int written = 0;
        try (CsvWriter w = new CsvWriter(out, List.of("instruction", "intent", "lang", "entity_type", "entity_value"))) {
            for (String lang : List.of("en", "zh")) {
                List<Purchase> orders = purchases.getOrDefault(lang, List.of());
                List<Item> items = byLang.getOrDefault(lang, List.of());
                if (items.isEmpty()) {
                    continue;
                }
                Rng r = Rng.stream(seed, "service-" + lang, 0);
                for (Map.Entry<String, List<String>> e : ServicePhrases.of(lang).entrySet()) {
                    for (int n = 0; n < PER_INTENT; n++) {
                        String phrase = e.getValue().get(r.nextInt(e.getValue().size()));
                        String type = "";
                        String value = "";
                        if (phrase.contains("{order}")) {
                            if (orders.isEmpty()) {
                                break;
                            }
                            value = orders.get(r.nextInt(orders.size())).order();
                            type = "order_id";
                            phrase = phrase.replace("{order}", value);
                        }
                        if (phrase.contains("{product}")) {
                            Item item = items.get(r.nextInt(items.size()));
                            type = "product_id";
                            value = item.id();
                            phrase = phrase.replace("{product}", mention(item.title(), lang, r));
                        }
                        List<String> openers = ServicePhrases.openers(lang);
                        List<String> closers = ServicePhrases.closers(lang);
                        phrase = openers.get(r.nextInt(openers.size())) + phrase + closers.get(r.nextInt(closers.size()));
                        if (r.chance(TYPO_SHARE)) {
                            phrase = misspell(phrase, lang, r);
                        }
                        w.cell(phrase).cell(e.getKey()).cell(lang).cell(type).cell(value).endRow();
                        written++;
                    }
                }
            }
        }
        return written;
    }

    /** How a shopper names a product: the whole title, or without its last words (the model number, say). */
    static String mention(String title, String lang, Rng r) {
        String t = title.replace(",", "");
        if (lang.equals("en")) {
            t = t.toLowerCase(Locale.ROOT);
        }
        String[] words = t.split(" ");
        if (words.length > 4 && r.chance(0.4)) {
            return String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 1));
        }
        return t;
    }

    /** One word misspelled as shoppers do (never an id or a number). */
    static String misspell(String text, String lang, Rng r) {
        if (lang.equals("zh")) {
            return Typos.chinese(text, r);
        }
        String[] words = text.split(" ");
        List<Integer> can = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (Typos.canMisspell(words[i])) {
                can.add(i);
            }
        }
        if (can.isEmpty()) {
            return text;
        }
        int at = can.get(r.nextInt(can.size()));
        words[at] = Typos.english(words[at], r.nextInt(3));
        return String.join(" ", words);
    }
}
