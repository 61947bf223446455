package merchlab.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link ShopGenerator#generate} wrote: the files by name and the shop's summary figures.
 *
 * @param files           file name (for example {@code events.csv}) to path, in writing order
 * @param eventsByType    event type code to count
 * @param oracleAuc       AUC of the true click probabilities against the sampled clicks: the best any model can do
 * @param meanTrueClickProbability mean true click probability over impressions
 * @param clickThroughRate clicks per impression
 * @param seconds         wall-clock time of the generation
 */
public record GeneratedShop(Path outDir, Map<String, Path> files, long products, long users, long sessions,
                            long requests, long events, Map<String, Long> eventsByType, long impressions, long clicks,
                            long queries, long judgments, double oracleAuc, double meanTrueClickProbability,
                            double clickThroughRate, double seconds) {
    public static final String PRODUCTS_CSV = "products.csv";
    public static final String EVENTS_CSV = "events.csv";
    public static final String JUDGMENTS_CSV = "judgments.csv";
    public static final String QUERIES_CSV = "queries.csv";
    public static final String IMPRESSION_TRUTH_CSV = "impression_truth.csv";
    public static final String SHOPPERS_CSV = "shoppers.csv";
    public static final String TRUTH_JSON = "truth.json";
    public static final String PRODUCTS_JSONL = "products.jsonl";
    public static final String GA4_JSONL = "ga4_events.jsonl";
    /** The advertisers' campaigns (a shop with ads only). */
    public static final String CAMPAIGNS_CSV = "campaigns.csv";
    /** Every eligible ad's true click probability per ad request (a shop with ads only). */
    public static final String AD_TRUTH_CSV = "ad_truth.csv";
    /** Shoppers' service messages with their true intent and entity. */
    public static final String SERVICE_MESSAGES_CSV = "service_messages.csv";

    public GeneratedShop {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
    }

    public Path productsCsv() {
        return files.get(PRODUCTS_CSV);
    }

    public Path eventsCsv() {
        return files.get(EVENTS_CSV);
    }

    public Path judgmentsCsv() {
        return files.get(JUDGMENTS_CSV);
    }

    /** campaigns.csv, or null for a shop without ads. */
    public Path campaignsCsv() {
        return files.get(CAMPAIGNS_CSV);
    }

    public Path queriesCsv() {
        return files.get(QUERIES_CSV);
    }

    public Path impressionTruthCsv() {
        return files.get(IMPRESSION_TRUTH_CSV);
    }

    public Path shoppersCsv() {
        return files.get(SHOPPERS_CSV);
    }

    public Path truthJson() {
        return files.get(TRUTH_JSON);
    }

    /** products.jsonl, or null when the Merchant Center JSON Lines format was not asked for. */
    public Path productsJsonl() {
        return files.get(PRODUCTS_JSONL);
    }

    /** ga4_events.jsonl, or null when the GA4 format was not asked for. */
    public Path ga4EventsJsonl() {
        return files.get(GA4_JSONL);
    }
}
