package merchlab.scoring;

import java.util.List;

/**
 * One product of a ranked list.
 *
 * @param score   the model's score (higher ranks first)
 * @param ctr     the predicted click-through rate at the top position, or null when the model predicts no CTR
 * @param sources the candidate sources that proposed the product
 */
public record ScoredProduct(String productId, String title, double score, Double ctr, List<String> sources) {
}
