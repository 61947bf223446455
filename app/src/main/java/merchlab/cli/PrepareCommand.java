package merchlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelledException;
import merchlab.prepare.PrepareListener;
import merchlab.prepare.PrepareReport;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab prepare}: what the desktop's "Prepare workspace" does, from the command line. */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = "make an imported workspace ready to explore and evaluate: embed product text (new or changed "
                + "products only), update the search index and train each default model (popularity, cooccurrence, "
                + "semantic, ranker) that has no saved model yet; Ctrl-C stops after the current batch, keeping what "
                + "is done")
final class PrepareCommand implements Runnable {
    private final ShopServices services;

    PrepareCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        Workspace ws = workspace.open();
        PrepareReport report;
        try {
            report = CtrlC.stoppable(cancel -> services.preparation(ws).prepare(new Progress(), cancel));
        } catch (CancelledException e) {
            throw new merchlab.MerchLabException("cancelled; the vectors and models already made are kept and the next "
                    + "run continues");
        }
        if (json) {
            Json.print(document(ws, report));
            return;
        }
        System.out.printf(Locale.ROOT, "prepared %s in %.1f s: %,d product vectors made, %,d kept (%s); %,d products "
                        + "indexed for search%n", ws.file().getFileName(), report.seconds(), report.embedded(),
                report.reused(), String.join(" + ", report.encoders()), report.searchIndexed());
        for (PrepareReport.Trained t : report.trained()) {
            System.out.printf(Locale.ROOT, "  trained %s (%s) on %s in %.1f s%n", t.model(), t.kind(), t.device(),
                    t.seconds());
        }
        if (!report.kept().isEmpty()) {
            System.out.println("  already had a model: " + String.join(", ", report.kept()));
        }
        report.notes().forEach(n -> System.out.println("  note: " + n));
    }

    private static Map<String, Object> document(Workspace ws, PrepareReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("workspace", ws.file().toAbsolutePath().toString());
        doc.put("encoders", r.encoders());
        doc.put("embedded", r.embedded());
        doc.put("reused", r.reused());
        doc.put("searchIndexed", r.searchIndexed());
        List<Map<String, Object>> trained = r.trained().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", t.model());
            m.put("kind", t.kind());
            m.put("device", t.device());
            m.put("seconds", Math.round(t.seconds() * 100) / 100.0);
            return m;
        }).toList();
        doc.put("trained", trained);
        doc.put("kept", r.kept());
        doc.put("notes", r.notes());
        doc.put("seconds", Math.round(r.seconds() * 100) / 100.0);
        return doc;
    }

    /** Progress lines on standard error: each new step, and within a step at most one line a second. */
    private static final class Progress implements PrepareListener {
        private String lastStep = "";
        private long last;

        @Override
        public void progress(String step, double fraction) {
            long now = System.nanoTime();
            String kind = step.contains(":") ? step.substring(0, step.indexOf(':')) : step;
            if (!kind.equals(lastStep) || now - last > 1_000_000_000L) {
                lastStep = kind;
                last = now;
                System.err.printf(Locale.ROOT, "prepare: %s (%.0f%%)%n", step, 100 * fraction);
            }
        }
    }
}
