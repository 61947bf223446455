package merchlab.sample.io;

import java.nio.file.Path;
import java.util.List;
import merchlab.csv.CsvWriter;
import merchlab.sample.ads.AdTruthSink;
import merchlab.sample.session.ShopEvent;

/**
 * Writes {@code ad_truth.csv}: for every ad request, each eligible ad's true position-free click probability (with
 * the ad label's effect) and its planted relevance, shown or not. The click probability at position p is that value
 * times the examination curve of {@code truth.json} at p.
 */
public final class AdTruthFile implements AdTruthSink, AutoCloseable {
    /** The ad_truth.csv header, in order. */
    public static final List<String> COLUMNS = List.of("request_id", "campaign_id", "product_id", "relevance",
            "click_probability");
    private final CsvWriter csv;

    public AdTruthFile(Path file) {
        csv = new CsvWriter(file, COLUMNS);
    }

    @Override
    public void ad(long request, String campaignId, String productId, double relevance, double clickProbability) {
        csv.raw(ShopEvent.requestId(request)).raw(campaignId).raw(productId).fixed(relevance, 4)
                .fixed(clickProbability, 9);
        csv.endRow();
    }

    /** Rows written. */
    public long rows() {
        return csv.rows();
    }

    @Override
    public void close() {
        csv.close();
    }
}
