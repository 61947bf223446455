package merchlab.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.catalog.ProductRow;
import merchlab.scoring.Comparison;
import merchlab.scoring.ShopExplorer;
import merchlab.ui.format.Formats;

/**
 * One product of a ranked list as the Explore screen shows it: its rank under the list's model, its predicted CTR,
 * and its rank under the baseline and under the other model of the comparison.
 *
 * @param rank         1 = first under this list's model
 * @param ctr          predicted CTR under this list's model, or null when the model predicts none
 * @param score        this list's model's score
 * @param baselineRank rank among the same candidates under the baseline
 * @param otherRank    rank under the other compared model, or null when only one model is shown
 * @param sources      the candidate sources that proposed the product
 * @param product      the product's catalog facts (price, category, stock), or null when the catalog lacks it
 * @param grade        the judged grade of the product for the query, or null when unjudged
 */
public record ExploreRow(int rank, String productId, String title, Double ctr, double score, int baselineRank,
                         Integer otherRank, List<String> sources, ProductRow product, Double grade) {
    public ExploreRow {
        sources = List.copyOf(sources);
    }

    /** Places this list's model moved the product up (positive) or down (negative) against the other model. */
    public int movedBy() {
        return otherRank == null ? 0 : otherRank - rank;
    }

    /** Whether the other model ranks the product differently. */
    public boolean moved() {
        return movedBy() != 0;
    }

    /** Places gained (positive) or lost against the baseline. */
    public int gainedOnBaseline() {
        return baselineRank - rank;
    }

    /** Price, category and stock in one line ("12.99 USD · Home > Kitchen · in stock"); "" when unknown. */
    public String facts() {
        if (product == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String price = Formats.price(product.price(), product.currency());
        if (!price.isEmpty()) {
            parts.add(price);
        }
        if (product.category() != null && !product.category().isBlank()) {
            parts.add(product.category());
        }
        if (product.availability() != null && !product.availability().isBlank()) {
            parts.add(product.availability().replace('_', ' '));
        }
        return String.join(" · ", parts);
    }

    /**
     * The list of model {@code m} with ranks under the baseline and under model {@code other} (-1 for none), each
     * product with its catalog facts and its judged grade for the query where there is one.
     */
    static List<ExploreRow> list(ShopExplorer.Answer a, int m, int other, Map<String, ProductRow> products,
                                 Map<String, Double> grades) {
        List<ExploreRow> out = new ArrayList<>();
        for (Comparison.Row r : a.comparison().top(m, a.ask().top())) {
            out.add(new ExploreRow(r.rank(m), r.productId(), r.title(), r.ctr(m), r.score(m),
                    r.rank(ShopExplorer.Answer.BASELINE), other < 0 ? null : r.rank(other), r.sources(),
                    products.get(r.productId()), grades.get(r.productId())));
        }
        return out;
    }
}
