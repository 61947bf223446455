package merchlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportDetails;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.importer.ImportSettings;
import merchlab.importer.Rejection;
import merchlab.shop.ShopServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab import}: import catalog, campaign, behaviour-log and judgment files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "import catalog, campaign, behaviour-log and judgment files")
final class ImportCommand implements Runnable {
    private static final int SHOWN_REJECTIONS = 10;

    private final ShopServices services;

    ImportCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--catalog", paramLabel = "F", description = "a product catalog (Merchant Center CSV/TSV/JSONL/XML, Shopify or WooCommerce product export, RecBole .item/.user)")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--campaigns", paramLabel = "F", description = "sponsored-products campaigns (campaigns CSV/TSV: "
            + "one bid per row); imported after the catalogs and before the behaviour logs, whose ad events name them")
    List<Path> campaigns = new ArrayList<>();

    @Option(names = "--max-bid", paramLabel = "X", description = "reject campaign bids above X a click as absurd "
            + "(default: 100)")
    Double maxBid;

    @Option(names = "--events", paramLabel = "F", description = "a behaviour log (events CSV/TSV, Shopify orders export, GA4 JSONL, UBI NDJSON, REES46, Retailrocket or Taobao CSV, RecBole .inter)")
    List<Path> events = new ArrayList<>();

    @Option(names = "--judgments", paramLabel = "F", description = "relevance judgments (CSV/TSV, OpenSearch judgment JSON)")
    List<Path> judgments = new ArrayList<>();

    @Option(names = "--format", paramLabel = "NAME", defaultValue = "auto",
            description = "auto (detect each file's format) or one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--column", paramLabel = "FILE_COLUMN=NAME", description = "read a header column of the files "
            + "under the name a format knows, for a header no format reads (for example --column sku=id "
            + "--column name=title); repeatable")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--pseudonymize", description = "replace shopper ids with a salted hash before they are stored")
    boolean pseudonymize;

    @Option(names = "--keep-shopper-ids", description = "store the e-mail addresses or phone numbers that name the "
            + "customers of a Shopify orders export as they are (pseudonymised otherwise)")
    boolean keepShopperIds;

    /** The format names {@code --format} accepts, as the engine lists them. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return merchlab.importer.format.Formats.names().iterator();
        }
    }

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    private record Job(DataKind kind, Path file) {
    }

    private record Done(Job job, ImportReport report, ImportDetails details) {
    }

    @Override
    public void run() {
        List<Job> jobs = new ArrayList<>();
        catalogs.forEach(f -> jobs.add(new Job(DataKind.CATALOG, f)));
        campaigns.forEach(f -> jobs.add(new Job(DataKind.CAMPAIGNS, f)));
        events.forEach(f -> jobs.add(new Job(DataKind.EVENTS, f)));
        judgments.forEach(f -> jobs.add(new Job(DataKind.JUDGMENTS, f)));
        if (jobs.isEmpty()) {
            throw new MerchLabException("name at least one file: --catalog F, --campaigns F, --events F or --judgments F");
        }
        for (Job job : jobs) {
            if (Files.isDirectory(job.file())) {
                throw new MerchLabException(job.file() + " is a folder, not a file: name the files in it");
            }
            if (!Files.isRegularFile(job.file())) {
                throw new MerchLabException("file not found: " + job.file());
            }
        }
        if (pseudonymize && keepShopperIds) {
            throw new MerchLabException("--pseudonymize and --keep-shopper-ids contradict each other: choose one");
        }
        if (maxBid != null && !(maxBid > 0 && maxBid < Double.POSITIVE_INFINITY)) {
            throw new MerchLabException("--max-bid must be a positive number, got " + maxBid);
        }
        ImportService service = maxBid == null ? services.imports(workspace.open())
                : services.imports(workspace.open(), ImportSettings.defaults().withMaxBid(maxBid));
        String forced = format.equalsIgnoreCase("auto") ? null : format;
        List<Done> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            try {
                ImportReport report = service.run(new ImportRequest(job.file(), job.kind(), forced, pseudonymize,
                        keepShopperIds, columns), progress(job.file()), CancelToken.none());
                done.add(new Done(job, report, service.details(report.id())));
            } catch (MerchLabException e) {
                throw failure(done, job, e.getMessage(), jobs.subList(i + 1, jobs.size()), started);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            Json.print(document(done, seconds));
        } else {
            done.forEach(ImportCommand::print);
        }
    }

    /**
     * The failure of a multi-file import: which file failed and why, the files imported before it (their rows are
     * kept) and those not tried; the summaries of the files done are printed first unless the output is JSON.
     */
    private CommandFailure failure(List<Done> done, Job failed, String reason, List<Job> notTried, long started) {
        StringBuilder line = new StringBuilder(failed.file().getFileName() + ": " + reason);
        if (!done.isEmpty() || !notTried.isEmpty()) {
            line.append(" (imported before it and kept: ").append(names(done.stream().map(Done::job).toList()))
                    .append("; not tried: ").append(names(notTried)).append(')');
        }
        if (!json) {
            done.forEach(ImportCommand::print);
        }
        Map<String, Object> doc = document(done, (System.nanoTime() - started) / 1e9);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", failed.file().toString());
        f.put("kind", failed.kind().name().toLowerCase(Locale.ROOT));
        f.put("reason", reason);
        doc.put("failed", f);
        doc.put("notTried", notTried.stream().map(j -> j.file().toString()).toList());
        return new CommandFailure(line.toString(), doc);
    }

    private static String names(List<Job> jobs) {
        return jobs.isEmpty() ? "none"
                : String.join(", ", jobs.stream().map(j -> j.file().getFileName().toString()).toList());
    }

    /** Progress on standard error, at most about once a second. */
    private static ImportListener progress(Path file) {
        long[] last = {System.nanoTime()};
        return (rows, bytes, total) -> {
            long now = System.nanoTime();
            if (now - last[0] >= 1_000_000_000L) {
                last[0] = now;
                System.err.printf(Locale.ROOT, "%s: %,d rows read (%.0f%%)%n", file.getFileName(), rows,
                        total == 0 ? 100.0 : 100.0 * bytes / total);
            }
        };
    }

    private static void print(Done d) {
        ImportReport r = d.report();
        ImportDetails x = d.details();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s (%s): %,d accepted, %,d rejected",
                d.job().file().getFileName(), r.format(), r.accepted(), r.rejected()));
        if (x.skipped() > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d skipped", x.skipped()));
        }
        if (x.duplicates() > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d events already stored", x.duplicates()));
        }
        sb.append(String.format(Locale.ROOT, " in %.1f s", r.seconds()));
        if (!r.status().equals("completed")) {
            sb.append(" (").append(r.status()).append(')');
        }
        System.out.println(sb);
        for (Rejection rej : r.rejections().subList(0, Math.min(SHOWN_REJECTIONS, r.rejections().size()))) {
            System.out.println("  " + rej.file() + ":" + rej.line() + ": " + OneLine.of(rej.reason()));
        }
        if (r.rejected() > SHOWN_REJECTIONS) {
            System.out.printf(Locale.ROOT, "  ... and %,d more rejected rows (merchlab info lists the reports)%n",
                    r.rejected() - SHOWN_REJECTIONS);
        }
        x.skippedBy().forEach((reason, n) -> System.out.printf(Locale.ROOT, "  skipped %,d: %s%n", n, OneLine.of(reason)));
        x.notes().forEach(note -> System.out.println("  note: " + OneLine.of(note)));
    }

    private static Map<String, Object> document(List<Done> done, double seconds) {
        long accepted = 0;
        long rejected = 0;
        long skipped = 0;
        long duplicates = 0;
        List<Map<String, Object>> rejections = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        for (Done d : done) {
            ImportReport r = d.report();
            ImportDetails x = d.details();
            accepted += r.accepted();
            rejected += r.rejected();
            skipped += x.skipped();
            duplicates += x.duplicates();
            List<Map<String, Object>> own = r.rejections().stream().map(ImportCommand::rejection).toList();
            own.stream().limit(Math.max(0, 100 - rejections.size())).forEach(rejections::add);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", r.file());
            f.put("kind", d.job().kind().name().toLowerCase(Locale.ROOT));
            f.put("format", r.format());
            f.put("status", r.status());
            f.put("accepted", r.accepted());
            f.put("rejected", r.rejected());
            f.put("skipped", x.skipped());
            f.put("duplicates", x.duplicates());
            f.put("events", x.events());
            f.put("products", x.products());
            f.put("productsFilledIn", x.productsFilledIn());
            f.put("users", x.users());
            f.put("judgments", x.judgments());
            f.put("skippedBy", x.skippedBy());
            f.put("notes", x.notes());
            f.put("rejections", own);
            f.put("seconds", r.seconds());
            files.add(f);
        }
        List<String> formats = done.stream().map(d -> d.report().format()).distinct().toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", formats.size() == 1 ? formats.get(0) : "mixed");
        doc.put("accepted", accepted);
        doc.put("rejected", rejected);
        doc.put("skipped", skipped);
        doc.put("duplicates", duplicates);
        doc.put("rejections", rejections);
        doc.put("seconds", seconds);
        doc.put("files", files);
        return doc;
    }

    private static Map<String, Object> rejection(Rejection r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("line", r.line());
        m.put("reason", r.reason());
        return m;
    }
}
