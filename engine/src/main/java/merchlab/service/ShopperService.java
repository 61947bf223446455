package merchlab.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import merchlab.MerchLabException;
import merchlab.behaviour.Order;
import merchlab.catalog.Product;
import merchlab.query.CatalogVocabulary;
import merchlab.query.QueryIntent;
import merchlab.query.QueryUnderstanding;
import merchlab.search.Candidate;
import merchlab.search.Filters;
import merchlab.search.ProductSearch;
import merchlab.store.OrderStore;
import merchlab.store.ProductStore;
import merchlab.text.Scripts;
import merchlab.workspace.Workspace;

/**
 * The shopper service of one workspace, opened once and used for many messages: recognises a message's intent,
 * reads its entities, drafts the answer from the shop's data, or hands it to a person when the intent is uncertain,
 * the message is in a script the model never saw, or a fact is missing. Not thread-safe.
 */
public final class ShopperService {
    /** The longest message read. */
    public static final int MAX_CHARACTERS = 2_000;
    private static final int PRODUCT_CACHE = 10_000;

    private final IntentRecogniser recogniser;
    private final EntityReader entities;
    private final AnswerDrafter drafter;
    private final OrderStore orders;

    private ShopperService(IntentRecogniser recogniser, EntityReader entities, AnswerDrafter drafter,
                           OrderStore orders) {
        this.recogniser = recogniser;
        this.entities = entities;
        this.drafter = drafter;
        this.orders = orders;
    }

    /**
     * Opens the service on a workspace.
     *
     * @param search the workspace's product search, or null when its products are not encoded (products are then
     *               found by id only)
     */
    public static ShopperService open(Workspace workspace, IntentRecogniser recogniser, ProductSearch search) {
        OrderStore orders = OrderStore.load(workspace);
        Function<String, Product> products = productLookup(workspace);
        EntityReader reader = entityReader(workspace, orders, products, search);
        AnswerDrafter drafter = new AnswerDrafter(ServiceTemplates.load(workspace), orders, products,
                p -> alternatives(search, products, p));
        return new ShopperService(recogniser, reader, drafter, orders);
    }

    /** The workspace's order of that id (as an {@code order_id} entity's value names it), if it has one. */
    public java.util.Optional<Order> order(String id) {
        return orders.find(id);
    }

    /** The entity reader of a workspace: its orders, its catalog, and its product search when there is one (else null). */
    public static EntityReader entityReader(Workspace workspace, ProductSearch search) {
        return entityReader(workspace, OrderStore.load(workspace), productLookup(workspace), search);
    }

    private static EntityReader entityReader(Workspace workspace, OrderStore orders, Function<String, Product> products,
                                             ProductSearch search) {
        Function<String, QueryIntent> understanding;
        if (search != null) {
            understanding = text -> search.understanding(text).understand(text);
        } else {
            QueryUnderstanding plain = new QueryUnderstanding(CatalogVocabulary.load(workspace), null, null);
            understanding = plain::understand;
        }
        return new EntityReader(orders, products, search, understanding);
    }

    /** Understands one message and drafts its answer; an empty or too long message is a clear error. */
    public ServiceAnswer answer(String message) {
        return answer(message, true);
    }

    /** As {@link #answer(String)}; {@code withWords} false leaves out the word weights (one classification less per word). */
    public ServiceAnswer answer(String message, boolean withWords) {
        String text = check(message);
        IntentRecogniser.IntentGuess guess = recogniser.guess(text);
        String language = Scripts.containsCjk(text) ? "zh" : "en";
        List<Entity> found = entities.read(text);
        List<WordWeight> words = withWords ? WordWeights.of(recogniser, text, recogniser.intents().indexOf(
                guess.intent()), guess.confidence()) : List.of();
        String script = MessageScripts.unknownMain(text, recogniser.scripts());
        String reason = null;
        DraftedAnswer draft = null;
        if (script != null) {
            reason = "the message is written in " + script.toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " letters, which the intent model was not trained on";
        } else if (guess.confidence() < recogniser.handoffThreshold()) {
            reason = String.format(Locale.ROOT, "the intent is uncertain (%s at %.2f, below the handoff threshold %.2f)",
                    guess.intent(), guess.confidence(), recogniser.handoffThreshold());
        } else {
            draft = drafter.draft(guess.intent(), language, found);
            reason = draft.reason();
        }
        return new ServiceAnswer(text, guess.intent(), guess.confidence(), language, found, reason != null, reason,
                draft == null ? null : draft.text(), draft == null ? Map.of() : draft.facts(), words);
    }

    /** The message stripped; empty or longer than {@link #MAX_CHARACTERS} is refused with the reason. */
    static String check(String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw new MerchLabException("the message is empty: give the shopper's words");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new MerchLabException(String.format(Locale.ROOT, "the message is %,d characters long; at most %,d"
                    + " are read: shorten it", text.length(), MAX_CHARACTERS));
        }
        return text;
    }

    /** Products in stock most like {@code product}: the product search for its title within its category. */
    private static List<Product> alternatives(ProductSearch search, Function<String, Product> products, Product p) {
        if (search == null || p == null) {
            return List.of();
        }
        List<Product> out = new ArrayList<>();
        for (Candidate c : search.search(p.title(), 10, new Filters(p.category(), null, null, true)).candidates()) {
            Product a = products.apply(c.productId());
            if (a != null && !a.id().equals(p.id())) {
                out.add(a);
            }
        }
        return out;
    }

    private static Function<String, Product> productLookup(Workspace workspace) {
        ProductStore reader = new ProductStore(workspace);
        Map<String, Product> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Product> eldest) {
                return size() > PRODUCT_CACHE;
            }
        };
        return id -> {
            if (id == null) {
                return null;
            }
            if (!cache.containsKey(id)) {
                cache.put(id, reader.find(List.of(id)).get(id));
            }
            return cache.get(id);
        };
    }
}
