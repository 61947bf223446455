package merchlab.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.ads.Campaign;
import merchlab.sample.ads.AdPolicy;
import merchlab.sample.ads.AdSummary;
import merchlab.sample.ads.CampaignGenerator;
import merchlab.sample.io.AdTruthFile;
import merchlab.sample.io.CampaignFile;
import merchlab.sample.io.EventCsvWriter;
import merchlab.sample.io.Ga4Writer;
import merchlab.sample.io.ProductFiles;
import merchlab.sample.io.QueryFiles;
import merchlab.sample.io.ShopperFile;
import merchlab.sample.io.TruthFile;
import merchlab.sample.query.QueryBook;
import merchlab.sample.session.BehaviourSummary;
import merchlab.sample.session.EventBuffer;
import merchlab.sample.session.EventSink;
import merchlab.sample.session.SessionSimulator;

/**
 * Generates a realistic shop into a folder: catalog, shoppers, a behaviour log drawn from a known click model, query
 * intents, relevance judgments and the ground truth. The same config always writes byte-identical files.
 *
 * <pre>{@code
 * GeneratedShop shop = new ShopGenerator().generate(ShopConfig.of(ShopSize.SMALL), dir, GenerationListener.NONE);
 * }</pre>
 *
 * <p>Writing is streamed: memory holds the catalog's compact columns, the shoppers and about one day of events.
 */
public final class ShopGenerator {

    public GeneratedShop generate(ShopConfig config, Path outDir, GenerationListener listener) {
        return generate(config, outDir, listener, CancelToken.none());
    }

    /** Generates the shop, checking {@code cancel} between days; a cancelled run leaves partial files. */
    public GeneratedShop generate(ShopConfig config, Path outDir, GenerationListener listener, CancelToken cancel) {
        long started = System.nanoTime();
        prepare(outDir);
        try {
            return write(config, outDir, listener, cancel, started);
        } catch (UncheckedIOException e) {
            throw new MerchLabException("cannot write the sample shop into " + outDir + ": "
                    + e.getCause().getMessage(), e);
        }
    }

    private static void prepare(Path outDir) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new MerchLabException(outDir + " exists and is not a folder");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new MerchLabException("cannot create folder " + outDir + ": " + e.getMessage(), e);
        }
    }

    private GeneratedShop write(ShopConfig config, Path outDir, GenerationListener listener, CancelToken cancel,
                                long started) {
        Map<String, Path> files = new LinkedHashMap<>();
        listener.progress("catalog", 0);
        ShopWorld world = ShopWorld.build(config);
        Path products = file(files, outDir, GeneratedShop.PRODUCTS_CSV);
        Path productsJsonl = config.writes(OutputFormat.MERCHANT_JSONL)
                ? file(files, outDir, GeneratedShop.PRODUCTS_JSONL) : null;
        double catalogShare = 0.1;
        new ProductFiles(world.catalog()).write(products, productsJsonl,
                done -> listener.progress("products", catalogShare * done));
        cancel.check();
        ShopperFile.write(file(files, outDir, GeneratedShop.SHOPPERS_CSV), world.shoppers(), world.vocabulary());
        boolean ads = config.ads().on();
        List<Campaign> campaigns = ads ? new CampaignGenerator().generate(config, world.catalog()) : List.of();
        if (ads) {
            CampaignFile.write(file(files, outDir, GeneratedShop.CAMPAIGNS_CSV), campaigns);
        }
        BehaviourSummary summary = new BehaviourSummary();
        AdSummary adSummary = new AdSummary();
        QueryBook book;
        try (QueryFiles queryFiles = new QueryFiles(world.vocabulary(), file(files, outDir, GeneratedShop.QUERIES_CSV),
                file(files, outDir, GeneratedShop.JUDGMENTS_CSV));
             EventCsvWriter events = ads
                     ? new EventCsvWriter(file(files, outDir, GeneratedShop.EVENTS_CSV),
                             file(files, outDir, GeneratedShop.IMPRESSION_TRUTH_CSV),
                             world.clickModel().weights().sponsoredLabel())
                     : new EventCsvWriter(file(files, outDir, GeneratedShop.EVENTS_CSV),
                             file(files, outDir, GeneratedShop.IMPRESSION_TRUTH_CSV));
             AdTruthFile adTruth = ads ? new AdTruthFile(file(files, outDir, GeneratedShop.AD_TRUTH_CSV)) : null;
             EventSink ga4 = config.writes(OutputFormat.GA4)
                     ? new Ga4Writer(file(files, outDir, GeneratedShop.GA4_JSONL), world.catalog()) : null) {
            List<EventSink> sinks = new ArrayList<>(List.of(summary, events));
            if (ga4 != null) {
                sinks.add(ga4);
            }
            if (ads) {
                sinks.add(adSummary);
            }
            book = new QueryBook(world.catalog(), world.relevance(), queryFiles);
            AdPolicy policy = ads ? new AdPolicy(config.ads(), campaigns, world.catalog(), world.clickModel(),
                    world.relevance(), adTruth, config.seed()) : null;
            SessionSimulator simulator = new SessionSimulator(world.catalog(), world.shoppers(), world.clickModel(),
                    world.relevance(), book, new EventBuffer(sinks), summary, config.seed(),
                    config.size().sessionsPerShopperDay(), LocalDate.parse(ShopConfig.START_DATE), policy);
            for (int day = 0; day < config.days(); day++) {
                cancel.check();
                listener.progress("behaviour: day " + (day + 1) + " of " + config.days(),
                        catalogShare + (1 - catalogShare) * day / config.days());
                simulator.simulateDay(day);
            }
            simulator.finish();
        }
        merchlab.sample.service.ServiceMessageWriter.write(products, files.get(GeneratedShop.EVENTS_CSV),
                file(files, outDir, GeneratedShop.SERVICE_MESSAGES_CSV), config.seed());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("events", summary.events());
        counts.put("sessions", summary.sessions());
        counts.put("requests", summary.requests());
        counts.put("impressions", summary.impressions());
        counts.put("clicks", summary.clicks());
        counts.put("queries", (long) book.size());
        counts.put("judgments", book.judgments());
        TruthFile.write(file(files, outDir, GeneratedShop.TRUTH_JSON), config, world.vocabulary(),
                world.clickModel(), summary, counts, ads ? adsSection(config, world, campaigns, adSummary) : null);
        listener.progress("done", 1);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new GeneratedShop(outDir, files, config.products(), config.users(), summary.sessions(),
                summary.requests(), summary.events(), summary.eventsByType(), summary.impressions(), summary.clicks(),
                book.size(), book.judgments(), summary.oracleAuc(), summary.meanTrueClickProbability(),
                summary.clickThroughRate(), seconds);
    }

    private static Map<String, Object> adsSection(ShopConfig config, ShopWorld world, List<Campaign> campaigns,
                                                  AdSummary adSummary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("searchSlots", config.ads().search());
        m.put("recommendationSlots", config.ads().recommendation());
        m.put("sponsoredLabel", world.clickModel().weights().sponsoredLabel());
        m.put("formula", "P(click of an ad at position p) = examine(p) * sigmoid(b0 + drivers + sponsoredLabel);"
                + " ad_truth.csv gives sigmoid(...) for every eligible ad of every ad request");
        m.put("policy", "engine Auction, reserve " + AdPolicy.RESERVE_CENTS + " cents, pCTR = truth * exp(N(0, "
                + AdPolicy.NOISE + ")), BudgetPacer.evenly()");
        m.put("reserve", AdPolicy.RESERVE_CENTS / 100.0);
        m.put("campaigns", campaigns.size());
        m.putAll(adSummary.figures());
        return m;
    }

    private static Path file(Map<String, Path> files, Path outDir, String name) {
        Path path = outDir.resolve(name);
        files.put(name, path);
        return path;
    }
}
