package merchlab.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportService;
import merchlab.store.EmbeddingStore;
import merchlab.workspace.Workspace;
import merchlab.workspace.WorkspaceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab info}: counts per table, time range, top categories, import reports. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "counts per table, time range, top categories, import reports")
final class InfoCommand implements Runnable {
    private static final int RECENT_IMPORTS = 10;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        if (!Files.isRegularFile(workspace.path())) {
            throw new MerchLabException("no workspace at " + workspace.path()
                    + "; create one with merchlab import or merchlab demo");
        }
        Workspace ws = Workspace.openForReading(workspace.path());
        WorkspaceSummary s = WorkspaceSummary.of(ws);
        List<ImportReport> imports = new ImportService(ws).reports(RECENT_IMPORTS);
        if (json) {
            Json.print(document(ws, s, imports));
        } else {
            print(ws, s, imports);
        }
    }

    private static Map<String, Object> document(Workspace ws, WorkspaceSummary s, List<ImportReport> imports) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("workspace", ws.file().toString());
        doc.put("schemaVersion", s.schemaVersion());
        doc.put("products", s.products());
        doc.put("users", s.users());
        doc.put("events", s.events());
        doc.put("eventsByType", s.eventsByType());
        doc.put("from", s.from() == null ? null : s.from().toString());
        doc.put("to", s.to() == null ? null : s.to().toString());
        doc.put("judgments", s.judgments());
        doc.put("encoder", s.encoder());
        doc.put("encoders", encoders(ws));
        doc.put("models", s.models());
        List<Map<String, Object>> top = new ArrayList<>();
        for (WorkspaceSummary.CategoryCount c : s.topCategories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("category", c.category());
            m.put("products", c.products());
            top.add(m);
        }
        doc.put("topCategories", top);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (ImportReport r : imports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("file", r.file());
            m.put("format", r.format());
            m.put("status", r.status());
            m.put("accepted", r.accepted());
            m.put("rejected", r.rejected());
            m.put("seconds", r.seconds());
            reports.add(m);
        }
        doc.put("imports", reports);
        return doc;
    }

    /** The encoders products are embedded with for search, the main one first, with their vectors and bytes. */
    private static List<Map<String, Object>> encoders(Workspace ws) {
        EmbeddingStore store = new EmbeddingStore(ws);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String name : store.encoders()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("products", store.count(name, "product"));
            m.put("bytes", store.bytes(name));
            out.add(m);
        }
        return out;
    }

    private static void print(Workspace ws, WorkspaceSummary s, List<ImportReport> imports) {
        System.out.println("workspace  " + ws.file() + " (schema " + s.schemaVersion() + ")");
        System.out.printf(Locale.ROOT, "products   %,d%nshoppers   %,d%nevents     %,d%njudgments  %,d%n",
                s.products(), s.users(), s.events(), s.judgments());
        s.eventsByType().forEach((type, n) -> {
            if (n > 0) {
                System.out.printf(Locale.ROOT, "  %-12s %,d%n", type, n);
            }
        });
        if (s.from() != null) {
            System.out.println("time range " + s.from() + " to " + s.to());
        }
        System.out.println("encoder    " + (s.encoder() == null ? "(none chosen yet)" : s.encoder()));
        for (Map<String, Object> e : encoders(ws)) {
            System.out.printf(Locale.ROOT, "  search   %s: %,d product vectors, %.1f MiB%n", e.get("name"), e.get("products"),
                    (Long) e.get("bytes") / 1048576.0);
        }
        System.out.println("models     " + (s.models().isEmpty() ? "(none)" : String.join(", ", s.models())));
        if (!s.topCategories().isEmpty()) {
            System.out.println("top categories");
            s.topCategories().forEach(c -> System.out.printf(Locale.ROOT, "  %-24s %,d products%n", c.category(),
                    c.products()));
        }
        if (!imports.isEmpty()) {
            System.out.println("recent imports");
            imports.forEach(r -> System.out.printf(Locale.ROOT, "  #%d %s %s (%s): %,d accepted, %,d rejected%n",
                    r.id(), r.status(), r.file(), r.format().isEmpty() ? "no format" : r.format(), r.accepted(),
                    r.rejected()));
        }
    }
}
