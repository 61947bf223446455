package merchlab.importer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * One fuzz target per import format and one for format detection (see {@link ReaderProperty}). A plain build replays
 * the seeds under {@code ReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} with {@code -Dtest=ReaderFuzzTest#target}
 * fuzzes one target for 30 seconds, continuing from the corpus of earlier runs (BENCHMARKS.md has the long mode).
 */
class ReaderFuzzTest {
    private static final String[] NAMES = {"events.csv", "catalog.csv", "catalog.tsv", "catalog.jsonl", "ga4.jsonl",
            "ubi.ndjson", "rees46.csv", "shop.inter", "shop.item", "shop.user", "judgments.csv", "judgments.json",
            "data.txt", "data", "feed.xml", "products_export.csv", "orders_export.csv", "UserBehavior.csv"};

    @FuzzTest(maxDuration = "30s")
    void eventsCsv(byte[] data) {
        ReaderProperty.check("events-csv", "events.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void merchantCsv(byte[] data) {
        ReaderProperty.check("merchant-csv", "catalog.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void merchantJsonl(byte[] data) {
        ReaderProperty.check("merchant-jsonl", "catalog.jsonl", data);
    }

    @FuzzTest(maxDuration = "30s")
    void ga4Jsonl(byte[] data) {
        ReaderProperty.check("ga4-jsonl", "ga4.jsonl", data);
    }

    @FuzzTest(maxDuration = "30s")
    void ubi(byte[] data) {
        ReaderProperty.check("ubi", "ubi.ndjson", data);
    }

    @FuzzTest(maxDuration = "30s")
    void rees46Csv(byte[] data) {
        ReaderProperty.check("rees46-csv", "rees46.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void recboleInter(byte[] data) {
        ReaderProperty.check("recbole", "shop.inter", data);
    }

    @FuzzTest(maxDuration = "30s")
    void recboleItem(byte[] data) {
        ReaderProperty.check("recbole", "shop.item", data);
    }

    @FuzzTest(maxDuration = "30s")
    void judgmentsCsv(byte[] data) {
        ReaderProperty.check("judgments-csv", "judgments.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void openSearchJudgments(byte[] data) {
        ReaderProperty.check("opensearch-judgments", "judgments.json", data);
    }

    @FuzzTest(maxDuration = "30s")
    void merchantXml(byte[] data) {
        ReaderProperty.check("merchant-xml", "feed.xml", data);
    }

    @FuzzTest(maxDuration = "30s")
    void shopifyProducts(byte[] data) {
        ReaderProperty.check("shopify-products", "products_export.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void wooCommerceProducts(byte[] data) {
        ReaderProperty.check("woocommerce-products", "wc-product-export.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void shopifyOrders(byte[] data) {
        ReaderProperty.check("shopify-orders", "orders_export.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void retailrocketEvents(byte[] data) {
        ReaderProperty.check("retailrocket-events", "events.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void taobaoBehaviour(byte[] data) {
        ReaderProperty.check("taobao-behaviour", "UserBehavior.csv", data);
    }

    /**
     * Any format the importer knows, including ones added after this test was written, on any bytes under any of the
     * usual file names.
     */
    @FuzzTest(maxDuration = "30s")
    void everyFormat(FuzzedDataProvider data) {
        java.util.List<String> formats = merchlab.importer.format.Formats.names();
        String format = formats.get(data.consumeInt(0, formats.size() - 1));
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        ReaderProperty.check(format, name, data.consumeRemainingAsBytes());
    }

    /** Format detection on any bytes under any of the usual file names. */
    @FuzzTest(maxDuration = "30s")
    void detection(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        ReaderProperty.checkDetection(name, data.consumeRemainingAsBytes());
    }

    /** A timestamp is refused with a reason or read to a time that reads back the same when written as ISO-8601. */
    @FuzzTest(maxDuration = "30s")
    void timestamps(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long millis;
        try {
            millis = Timestamps.parse(text);
        } catch (RowProblem e) {
            RecordingSink.message("timestamp problem", e.getMessage());
            return;
        }
        try {
            RecordingSink.check(Timestamps.parse(Instant.ofEpochMilli(millis).toString()) == millis,
                    "timestamp '" + text + "' does not read back");
        } catch (RowProblem e) {
            throw new AssertionError("timestamp '" + text + "' read as " + millis + " but not back: " + e.getMessage());
        }
    }
}
