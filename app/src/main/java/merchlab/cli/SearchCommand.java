package merchlab.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.scoring.RelevanceGate;
import merchlab.search.Candidate;
import merchlab.search.Filters;
import merchlab.search.HybridRetriever;
import merchlab.search.IntentFilter;
import merchlab.search.MatchExplainer;
import merchlab.search.ProductSearch;
import merchlab.search.QueryLimits;
import merchlab.search.SearchResult;
import merchlab.shop.ShopServices;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code merchlab search}: hybrid retrieval (BM25 + embeddings, fused by reciprocal rank) with the query's parsed intent.
 *
 * <p>Re-ranking by a trained model plugs in at {@link #rank}: it receives the retrieval candidates and returns the
 * items to show; {@code --model} names the model.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "search products for a query")
final class SearchCommand implements Runnable {
    private final ShopServices services;

    SearchCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = {"-q", "--query"}, required = true, paramLabel = "TEXT", description = "what the shopper typed")
    String query;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "products to return (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--category", paramLabel = "PATH", description = "only this category path and below, e.g. \"Shoes > Running\"")
    String category;

    @Option(names = "--min-price", paramLabel = "X", description = "lowest effective price")
    Double minPrice;

    @Option(names = "--max-price", paramLabel = "X", description = "highest effective price")
    Double maxPrice;

    @Option(names = "--in-stock", description = "only products in stock")
    boolean inStock;

    @Option(names = "--retriever", defaultValue = "hybrid", paramLabel = "hybrid|lexical|semantic",
            description = "fuse both retrievers or use one alone (default: ${DEFAULT-VALUE})")
    String retriever;

    @Option(names = "--model", paramLabel = "NAME", description = "re-rank the candidates with a trained ranking model")
    String model;

    @Option(names = "--rerank", description = "re-rank with the newest ranker (or the model named by --model)")
    boolean rerank;

    @Option(names = "--user", paramLabel = "U", description = "with a model: the shopper to personalise for")
    String user;

    @Mixin
    VisitOptions visit;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Option(names = "--ignore-intent", split = ",", paramLabel = "category|price", description = "do not filter by"
            + " what the query states: its category (applied when the query understanding is confident) or its price")
    List<String> ignoreIntent = List.of();

    @Option(names = "--explain", description = "re-rank with a model (the newest ranker unless --model) and add"
            + " per-item attributions, groups, completeness error and reasons")
    boolean explain;

    @Override
    public void run() {
        if (top <= 0) {
            throw new MerchLabException("--top must be positive, got " + top);
        }
        QueryLimits.check(query);
        HybridRetriever.Mode mode = mode(retriever);
        merchlab.model.Context context = visit.context();
        ScoringSetup.checkPrice("--min-price", minPrice);
        ScoringSetup.checkPrice("--max-price", maxPrice);
        Filters filters = new Filters(category, minPrice, maxPrice, inStock);
        Workspace ws = workspace.open();
        ShopperId shopper = ShopperId.of(ws, user);
        ScoringSetup.note(shopper.note());
        boolean reranked = model != null || rerank || explain;
        try (ProductSearch search = services.search(ws)) {
            SearchResult result = search.search(query, reranked ? Math.max(top, RelevanceGate.POOL) : top, filters, mode,
                    ignored());
            Map<String, Product> products = new ProductStore(ws).find(
                    result.candidates().stream().map(Candidate::productId).toList());
            List<Map<String, Object>> items = reranked ? SearchReranking.rerank(services, ws, model, query,
                    shopper.id(), context, result, top, explain) : rank(result);
            describe(items, result, products);
            matched(items, result, products, search);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("query", query);
                doc.put("encoder", result.encoder());
                doc.put("encoders", search.encoderNames());
                doc.put("corrections", result.corrections());
                doc.put("retriever", mode.name().toLowerCase(Locale.ROOT));
                doc.put("intent", result.intent());
                Map<String, Object> applied = new LinkedHashMap<>();
                applied.put("category", result.filters().category());
                applied.put("minPrice", result.filters().minPrice());
                applied.put("maxPrice", result.filters().maxPrice());
                applied.put("inStockOnly", result.filters().inStockOnly());
                applied.put("fromQuery", result.fromQuery().stream().sorted()
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
                doc.put("filters", applied);
                doc.put("items", items);
                Json.print(doc);
            } else {
                printTable(result, items);
                if (explain) {
                    items.forEach(Explanations::print);
                }
            }
        }
    }

    /** The items to show, best first: the retrieval candidates as they are (see {@link SearchReranking}). */
    private static List<Map<String, Object>> rank(SearchResult result) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Candidate c : result.candidates()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("productId", c.productId());
            item.put("score", round(c.score()));
            item.put("ctr", null);
            items.add(item);
        }
        return items;
    }

    /** Adds to each item its title, what each retriever thought of it, its brand, category and effective price. */
    private static void describe(List<Map<String, Object>> items, SearchResult result, Map<String, Product> products) {
        Map<String, Candidate> candidates = new HashMap<>();
        result.candidates().forEach(c -> candidates.put(c.productId(), c));
        for (Map<String, Object> item : items) {
            Candidate c = candidates.get((String) item.get("productId"));
            Product p = products.get((String) item.get("productId"));
            item.put("title", p == null ? item.get("title") : p.title());
            if (c != null) {
                item.put("foundBy", c.foundBy().stream().sorted().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
                item.put("lexicalRank", c.lexicalRank() == 0 ? null : c.lexicalRank());
                item.put("lexicalScore", round(c.lexicalScore()));
                item.put("semanticRank", c.semanticRank() == 0 ? null : c.semanticRank());
                item.put("semanticScore", round(c.semanticScore()));
            }
            item.put("brand", p == null ? null : p.brand());
            item.put("category", p == null ? null : p.category());
            item.put("price", p == null ? null : Filters.effectivePrice(p.price(), p.salePrice()));
        }
    }

    /** Adds to each item what it matched of the query, word by word (see {@link MatchExplainer}). */
    private static void matched(List<Map<String, Object>> items, SearchResult result, Map<String, Product> products,
                                ProductSearch search) {
        List<Product> listed = items.stream().map(i -> products.get((String) i.get("productId")))
                .filter(java.util.Objects::nonNull).toList();
        Map<String, List<MatchExplainer.Match>> matches = new MatchExplainer(search).explain(result, listed);
        for (Map<String, Object> item : items) {
            item.put("matched", matches.getOrDefault((String) item.get("productId"), List.of()).stream()
                    .map(MatchExplainer.Match::sentence).toList());
        }
    }

    private Set<IntentFilter> ignored() {
        Set<IntentFilter> out = EnumSet.noneOf(IntentFilter.class);
        for (String name : ignoreIntent) {
            try {
                out.add(IntentFilter.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MerchLabException("--ignore-intent takes category or price, not '" + name + "'");
            }
        }
        return out;
    }

    private static HybridRetriever.Mode mode(String name) {
        try {
            return HybridRetriever.Mode.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MerchLabException("unknown retriever '" + name + "': use hybrid, lexical or semantic");
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static String reading(merchlab.search.Correction c) {
        return switch (c.kind()) {
            case SPELLING -> "'" + c.meant() + "' (typed '" + c.typed() + "')";
            case TRANSLATION -> "'" + c.meant() + "' (typed '" + c.typed() + "', in English)";
            case PRODUCT_TYPE -> "'" + c.meant() + "' (the kind of product '" + c.typed() + "' describes)";
        };
    }

    private void printTable(SearchResult r, List<Map<String, Object>> items) {
        var intent = r.intent();
        System.out.println("intent: " + (intent.categories().isEmpty() ? "-" : String.format(Locale.ROOT, "%s (%.0f%%)",
                intent.topCategory(), 100 * intent.categories().get(0).probability()))
                + (intent.brand() != null ? ", brand " + intent.brand() : "")
                + (intent.colour() != null ? ", colour " + intent.colour() : "")
                + (intent.size() != null ? ", size " + intent.size() : "")
                + (intent.price() != null ? ", price " + range(intent.price().min(), intent.price().max()) : ""));
        if (!r.corrections().isEmpty()) {
            System.out.println("searched for: " + r.corrections().stream()
                    .map(SearchCommand::reading).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (items.isEmpty()) {
            System.out.println("no products found");
        }
        int rank = 1;
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<String> by = (List<String>) item.get("foundBy");
            String found = (by.contains("lexical") ? "L" : "-") + (by.contains("semantic") ? "S" : "-");
            System.out.printf(Locale.ROOT, "%3d  %-12s %s  %.4f  %s%s%n", rank++, item.get("productId"), found,
                    (Double) item.get("score"), item.get("title"),
                    item.get("price") == null ? "" : String.format(Locale.ROOT, "  (%.2f)", (Double) item.get("price")));
            @SuppressWarnings("unchecked")
            List<String> matched = (List<String>) item.getOrDefault("matched", List.of());
            if (!matched.isEmpty()) {
                System.out.println("                        " + String.join("; ", matched));
            }
        }
    }

    private static String range(Double min, Double max) {
        return (min == null ? "" : String.format(Locale.ROOT, "%.2f", min)) + ".."
                + (max == null ? "" : String.format(Locale.ROOT, "%.2f", max));
    }

}
