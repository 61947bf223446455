package merchlab.importer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import merchlab.CancelToken;
import merchlab.behaviour.Event;
import merchlab.catalog.Product;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.importer.format.Formats;
import merchlab.importer.format.ImportSource;
import merchlab.importer.format.RowSink;
import merchlab.importer.format.Sniff;
import merchlab.workspace.Workspace;

/**
 * The Merchant Center XML import benchmark: takes a catalog (the generator's {@code products.csv}), writes it again
 * and again under new ids as an RSS 2.0 feed with {@code g:} fields (and a nested {@code g:shipping}) until the feed
 * reaches the wanted size, writes the same products as a Merchant Center CSV, then imports each into a fresh workspace
 * and prints time, products a second, MB a second, the ratio of the two and the heap's peak use during each import.
 * Run it with {@code -Xmx256m} to hold the heap to the target; files already in the folder are imported again as they
 * are. Usage:
 * {@code FeedImportBenchmark products.csv [feed MiB] [folder]}.
 */
public final class FeedImportBenchmark {
    private static final String[] FIELDS = {"title", "description", "link", "image_link", "availability", "price",
            "brand", "product_type", "color", "size", "material", "gender", "item_group_id"};

    private FeedImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path catalog = Path.of(args[0]);
        long wanted = (args.length > 1 ? Long.parseLong(args[1]) : 1024) << 20;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("merchlab-feed-bench");
        Files.createDirectories(dir);
        Path xml = dir.resolve("feed.xml");
        Path csv = dir.resolve("feed.csv");
        if (!Files.exists(xml) || !Files.exists(csv)) {
            write(catalog, wanted, xml, csv);
        }
        double[] x = time(xml, dir.resolve("xml.db"));
        double[] c = time(csv, dir.resolve("csv.db"));
        System.out.printf(Locale.ROOT, "xml/csv time ratio %.2f%n", x[0] / c[0]);
    }

    /** Writes both files; the catalog read into memory is dropped before any import is timed. */
    private static void write(Path catalog, long wanted, Path xml, Path csv) throws IOException {
        List<Product> products = read(catalog);
        int copies = writeXml(products, xml, wanted);
        writeCsv(products, copies, csv);
        System.out.printf(Locale.ROOT, "%,d products x %d copies = %,d items; feed.xml %,d bytes, feed.csv %,d bytes%n",
                products.size(), copies, (long) products.size() * copies, Files.size(xml), Files.size(csv));
    }

    /** Imports {@code file} into a new workspace: seconds, and prints the line of figures. */
    private static double[] time(Path file, Path db) throws IOException {
        Files.deleteIfExists(db);
        Workspace ws = Workspace.open(db);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ImportReport r = new ImportService(ws).run(ImportRequest.of(file, DataKind.CATALOG), ImportListener.NONE,
                CancelToken.none());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                pools.append(pools.length() == 0 ? "" : ", ").append(p.getName()).append(' ')
                        .append(p.getPeakUsage().getUsed() >> 20).append(" MB");
            }
        }
        System.out.printf(Locale.ROOT, "%s (%s, load %s): %,d accepted, %,d rejected in %.1f s (cpu %.1f s): "
                        + "%,.0f products/s, %.1f MB/s; heap at most %,d MB (-Xmx), peak per pool: %s%n",
                file.getFileName(), r.format(), Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                r.accepted(), r.rejected(), seconds, cpu, r.accepted() / seconds, Files.size(file) / 1e6 / seconds,
                Runtime.getRuntime().maxMemory() >> 20, pools);
        return new double[] {seconds};
    }

    private static List<Product> read(Path catalog) throws IOException {
        List<Product> out = new ArrayList<>();
        RowSink sink = new RowSink() {
            public void begin(long line) { }
            public void event(Event event) { }
            public void product(Product product) {
                out.add(product);
            }
            public void productSeen(Product product) { }
            public void user(String userId, String attributesJson) { }
            public void judgment(String query, String productId, double grade) { }
            public void campaignBid(merchlab.importer.format.CampaignRow row) { }
            public void accept() { }
            public void reject(String reason) { }
            public void skip(String reason) { }
            public void note(String remark) { }
        };
        Sniff sniff = Sniff.of(catalog);
        try (InputStream in = Files.newInputStream(catalog)) {
            Formats.create("merchant-csv").read(new ImportSource(in, catalog, catalog.getFileName().toString(), sniff),
                    sink);
        }
        return out;
    }

    private static String[] values(Product p, int copy) {
        return new String[] {p.id() + "-" + copy, p.title(), p.description(), p.link(), p.imageLink(),
            p.availability(), p.price() == null ? null : String.format(Locale.ROOT, "%.2f %s", p.price(), p.currency()),
            p.brand(), p.category(), p.color(), p.size(), p.material(), p.gender(), p.itemGroupId()};
    }

    private static int writeXml(List<Product> products, Path xml, long wanted) throws IOException {
        int copies = 0;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss xmlns:g=\"http://base.google.com/ns/1.0\" "
                    + "version=\"2.0\">\n<channel>\n<title>Generated shop</title>\n");
            while (written < wanted) {
                StringBuilder sb = new StringBuilder();
                for (Product p : products) {
                    String[] v = values(p, copies);
                    sb.append("<item>\n  <g:id>").append(escape(v[0])).append("</g:id>\n");
                    for (int i = 0; i < FIELDS.length; i++) {
                        if (v[i + 1] != null) {
                            sb.append("  <g:").append(FIELDS[i]).append('>').append(escape(v[i + 1]))
                                    .append("</g:").append(FIELDS[i]).append(">\n");
                        }
                    }
                    for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                        sb.append("  <g:").append(a.getKey()).append('>').append(escape(a.getValue()))
                                .append("</g:").append(a.getKey()).append(">\n");
                    }
                    sb.append("  <g:shipping>\n    <g:country>US</g:country>\n    <g:service>Standard</g:service>\n"
                            + "    <g:price>4.95 USD</g:price>\n  </g:shipping>\n</item>\n");
                    if (sb.length() > 1 << 20) {
                        written += sb.toString().getBytes(StandardCharsets.UTF_8).length;
                        w.write(sb.toString());
                        sb.setLength(0);
                    }
                }
                written += sb.toString().getBytes(StandardCharsets.UTF_8).length;
                w.write(sb.toString());
                copies++;
            }
            w.write("</channel>\n</rss>\n");
        }
        return copies;
    }

    private static void writeCsv(List<Product> products, int copies, Path csv) throws IOException {
        TreeSet<String> attributes = new TreeSet<>();
        products.forEach(p -> attributes.addAll(p.attributes().keySet()));
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id," + String.join(",", FIELDS) + (attributes.isEmpty() ? "" : "," + String.join(",", attributes))
                    + ",shipping\n");
            for (int copy = 0; copy < copies; copy++) {
                StringBuilder sb = new StringBuilder();
                for (Product p : products) {
                    for (String v : values(p, copy)) {
                        sb.append(quote(v)).append(',');
                    }
                    for (String a : attributes) {
                        sb.append(quote(p.attributes().get(a))).append(',');
                    }
                    sb.append("US::Standard:4.95 USD\n");
                }
                w.write(sb.toString());
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
