package merchlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.sample.GeneratedShop;
import merchlab.sample.GenerationListener;
import merchlab.sample.OutputFormat;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopLanguage;
import merchlab.sample.ShopSize;
import merchlab.sample.ads.AdSlots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code merchlab generate}: generate a realistic shop with a known click model. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "generate a realistic shop (catalog, shoppers, behaviour, judgments) with a known click model")
final class GenerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the files into")
    Path out;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
            description = "small (2,000 products, ~120k events), medium (100k products, ~1M events) or large "
                    + "(1M products, ~10M events); default: ${DEFAULT-VALUE}")
    String size;

    @Option(names = "--products", paramLabel = "N", description = "number of products (overrides the size)")
    Integer products;

    @Option(names = "--users", paramLabel = "N", description = "number of shoppers (overrides the size)")
    Integer users;

    @Option(names = "--days", paramLabel = "N", description = "days of behaviour (overrides the size)")
    Integer days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "random seed; the same options always write identical files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "mixed",
            description = "product language: en, zh or mixed (about half each); default: ${DEFAULT-VALUE}")
    String lang;

    @Option(names = "--formats", paramLabel = "LIST", defaultValue = "generic",
            description = "comma-separated: generic (always), merchant-jsonl, ga4; default: ${DEFAULT-VALUE}")
    String formats;

    @Option(names = "--ad-slots", paramLabel = "LIST",
            description = "sponsored positions of each search list, for example 1,4 (default: no ads)")
    String adSlots;

    @Option(names = "--recommendation-ad-slots", paramLabel = "LIST",
            description = "sponsored positions of each recommendation list, for example 2 (default: no ads)")
    String recommendationAdSlots;

    @Option(names = "--json", description = "print a JSON summary on standard output")
    boolean json;

    @Override
    public void run() {
        ShopConfig config = config();
        PrintWriter err = spec.commandLine().getErr();
        GeneratedShop shop = new ShopGenerator().generate(config, out, new Progress(err));
        if (json) {
            Json.print(document(config, shop));
        } else {
            err.printf("generate: wrote %,d products, %,d shoppers and %,d events to %s in %.1f s (oracle AUC %.3f)%n",
                    shop.products(), shop.users(), shop.events(), out, shop.seconds(), shop.oracleAuc());
            err.flush();
        }
    }

    ShopConfig config() {
        ShopConfig config = ShopConfig.of(ShopSize.parse(size)).withSeed(seed)
                .withLanguage(ShopLanguage.parse(lang)).withFormats(OutputFormat.parseList(formats));
        if (products != null) {
            config = config.withProducts(products);
        }
        if (users != null) {
            config = config.withUsers(users);
        }
        if (days != null) {
            config = config.withDays(days);
        }
        return config.withAds(new AdSlots(AdSlots.parse(adSlots, "search"),
                AdSlots.parse(recommendationAdSlots, "recommendation")));
    }

    private Map<String, Object> document(ShopConfig config, GeneratedShop shop) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("out", out.toAbsolutePath().toString());
        doc.put("size", config.size().code());
        doc.put("lang", config.language().code());
        doc.put("seed", config.seed());
        doc.put("products", shop.products());
        doc.put("users", shop.users());
        doc.put("days", config.days());
        doc.put("events", shop.events());
        doc.put("eventsByType", shop.eventsByType());
        doc.put("sessions", shop.sessions());
        doc.put("requests", shop.requests());
        doc.put("impressions", shop.impressions());
        doc.put("clicks", shop.clicks());
        doc.put("queries", shop.queries());
        doc.put("judgments", shop.judgments());
        doc.put("oracleAuc", shop.oracleAuc());
        doc.put("ctr", shop.clickThroughRate());
        if (config.ads().on()) {
            doc.put("adSlots", Map.of("search", config.ads().search(), "recommendation",
                    config.ads().recommendation()));
        }
        List<String> files = new ArrayList<>();
        shop.files().values().forEach(p -> files.add(p.toAbsolutePath().toString()));
        doc.put("files", files);
        doc.put("formats", config.formats().stream().map(OutputFormat::code).sorted().toList());
        doc.put("seconds", Math.round(shop.seconds() * 1000) / 1000.0);
        return doc;
    }

    /** Prints a progress line on standard error at each new stage of the job, at most every 5%. */
    private static final class Progress implements GenerationListener {
        private final PrintWriter err;
        private int lastPercent = -100;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(String stage, double fraction) {
            int percent = (int) Math.floor(fraction * 100);
            if (percent - lastPercent >= 5 || percent == 100 && lastPercent != 100) {
                lastPercent = percent;
                err.printf("generate: %3d%% %s%n", percent, stage);
                err.flush();
            }
        }
    }
}
