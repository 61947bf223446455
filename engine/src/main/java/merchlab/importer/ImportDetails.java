package merchlab.importer;

import java.util.List;
import java.util.Map;

/**
 * What one import wrote beyond its report's counts.
 *
 * @param skipped          well-formed records holding nothing MerchLab stores (a GA4 page view, say)
 * @param duplicates       events that were already in the workspace
 * @param events           events added
 * @param products         catalog products inserted or updated
 * @param productsFilledIn products added from behaviour logs because the catalog lacked them
 * @param users            shoppers added or updated
 * @param judgments        judgments inserted or updated
 * @param skippedBy        skipped records by reason
 * @param notes            remarks about the whole file (columns not stored, how positions were read)
 * @param message          the report's closing message
 */
public record ImportDetails(long reportId, long skipped, long duplicates, long events, long products,
                            long productsFilledIn, long users, long judgments, Map<String, Long> skippedBy,
                            List<String> notes, String message) {
    public ImportDetails {
        skippedBy = Map.copyOf(skippedBy);
        notes = List.copyOf(notes);
    }
}
