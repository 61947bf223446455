package merchlab.service;

import java.util.ArrayList;
import java.util.List;
import merchlab.behaviour.Order;
import merchlab.catalog.Product;
import merchlab.store.OrderStore;
import merchlab.store.ProductStore;
import merchlab.text.Scripts;
import merchlab.workspace.Workspace;

/**
 * A few shopper messages about the workspace's own orders and products, to try the service on a shop without a file
 * of messages: tracking and cancelling its newest orders, the price and stock of a product in stock and of one out of
 * stock, a message without an order number, and a request for a person; in Chinese too when the catalog's titles are.
 */
public final class ServiceExamples {
    private static final int PRODUCTS_READ = 2_000;

    private ServiceExamples() {
    }

    /** The examples of a workspace; an empty shop still gets the messages that name nothing of it. */
    public static List<String> of(Workspace workspace) {
        List<Order> orders = OrderStore.load(workspace).newest(2);
        List<Product> products = new ArrayList<>();
        new ProductStore(workspace).forEach(p -> {
            if (products.size() < PRODUCTS_READ) {
                products.add(p);
            }
        });
        Product inStock = products.stream().filter(p -> "in stock".equals(AnswerDrafter.stock(p.availability())))
                .findFirst().orElse(null);
        Product outOf = products.stream().filter(p -> "out of stock".equals(AnswerDrafter.stock(p.availability())))
                .findFirst().orElse(null);
        boolean chinese = products.stream().limit(50).anyMatch(p -> p.title() != null && Scripts.containsCjk(p.title()));
        List<String> out = new ArrayList<>();
        if (!orders.isEmpty()) {
            out.add("hi, where is my order " + orders.get(0).id() + "? it has not arrived yet");
        }
        if (orders.size() > 1) {
            out.add("I want to cancel my order " + orders.get(1).id() + " please");
        }
        if (inStock != null) {
            out.add("how much is the " + inStock.title() + "?");
        }
        if (outOf != null) {
            out.add("is the " + outOf.title() + " in stock?");
        }
        out.add("can you change the delivery address of my order");
        out.add("I want to talk to a person");
        if (chinese && !orders.isEmpty()) {
            out.add("你好，我的订单" + orders.get(0).id() + "到哪了");
        }
        Product chineseProduct = products.stream().filter(p -> p.title() != null && Scripts.containsCjk(p.title()))
                .findFirst().orElse(null);
        if (chineseProduct != null) {
            out.add(chineseProduct.title() + "多少钱");
        }
        return List.copyOf(out);
    }
}
