package merchlab.scoring;

import java.util.List;

/**
 * One product of a ranked list.
 *
 * @param score   the model's score (higher ranks first)
 * @param ctr     the predicted click-through rate at the top position, or null when the model predicts no CTR
 * @param sources   the candidate sources that proposed the product
 * @param weakMatch true when a search's relevance gate placed it below closer matches, whatever its score
 */
public record ScoredProduct(String productId, String title, double score, Double ctr, List<String> sources,
                            boolean weakMatch) {
}
