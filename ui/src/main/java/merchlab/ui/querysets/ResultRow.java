package merchlab.ui.querysets;

import java.util.List;
import java.util.Map;
import merchlab.catalog.ProductRow;
import merchlab.eval.judged.QuerySet;
import merchlab.eval.judged.Ratings;
import merchlab.ui.format.Formats;

/**
 * A product on one side's list for the picked query, as the section shows it: rank, title, catalog facts and the
 * judged grade with its rater, or "not judged".
 *
 * @param gain  the judged gain, null when nobody judged the product for the query
 * @param rater who judged it ({@link Ratings#IMPORT} for a file), null when nobody did
 */
public record ResultRow(int rank, String productId, String title, String category, String price, Double gain,
                        String rater) {
    /** What the grade column reads for an unjudged product. */
    public static final String NOT_JUDGED = "not judged";

    /** The grade's ESCI name, or {@link #NOT_JUDGED}. */
    public String grade() {
        return gain == null ? NOT_JUDGED : Ratings.label(gain);
    }

    public boolean judged() {
        return gain != null;
    }

    /** One side's results with the catalog's facts and the query's ratings. */
    static List<ResultRow> of(List<QuerySet.Result> results, Map<String, ProductRow> products,
                              Map<String, Ratings.Rating> ratings) {
        return results.stream().map(r -> {
            ProductRow p = products.get(r.productId());
            Ratings.Rating rating = ratings.get(r.productId());
            return new ResultRow(r.rank(), r.productId(), p == null ? "(not in the catalog)" : p.title(),
                    p == null || p.category() == null ? "" : p.category(),
                    p == null ? "" : Formats.price(p.price(), p.currency()), r.gain(),
                    r.gain() == null || rating == null ? null : rating.rater());
        }).toList();
    }
}
