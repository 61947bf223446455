package merchlab.text;

/**
 * What an encoding job did.
 *
 * @param encoder   the encoder used (and now recorded for the workspace)
 * @param automatic true when the encoder was chosen from the catalog's text ({@code --encoder auto})
 * @param cjkShare  the share of CJK letters in the catalog text
 * @param products  products in the catalog
 * @param embedded  products embedded now (new or changed text)
 * @param reused    products whose cached vector was still valid
 * @param removed   cached vectors dropped because their product is gone
 * @param emptyText products without any text (given the zero vector)
 * @param seconds   wall-clock time of the job
 */
public record EncodeReport(String encoder, boolean automatic, double cjkShare, int products, int embedded, int reused,
                           int removed, int emptyText, double seconds) {
}
