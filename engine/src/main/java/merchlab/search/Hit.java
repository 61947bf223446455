package merchlab.search;

/**
 * One product found by one retriever, with that retriever's score (higher is better).
 */
public record Hit(String productId, double score) {
}
