package merchlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.CancelledException;
import merchlab.search.LexicalIndex;
import merchlab.text.EncodeListener;
import merchlab.text.EncodeReport;
import merchlab.text.EncodeService;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab encode}: embed product text with the frozen pretrained encoder and bring the search index up to date. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "embed product text with the frozen pretrained encoder (only new or changed products) and update "
                + "the full-text search index; Ctrl-C stops after the current batches, keeping what is done")
final class EncodeCommand implements Runnable {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--encoder", defaultValue = "auto", paramLabel = "auto|en|zh|both",
            description = "en (all-MiniLM-L6-v2), zh (bge-small-zh-v1.5), both (each query is then embedded by the "
                    + "encoder of its script), or auto: zh when at least 6% of the catalog's letters are Chinese/Japanese/"
                    + "Korean, else en, and both when at least 5% of the products or of the logged searches are written "
                    + "in the other script (default: ${DEFAULT-VALUE})")
    String encoder;

    @Option(names = "--threads", paramLabel = "N", description = "batches embedded at once (default: all cores)")
    Integer threads;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        if (!encoder.equalsIgnoreCase(Encoders.AUTO) && !encoder.equalsIgnoreCase(merchlab.text.EncoderChoice.BOTH)) {
            Encoders.spec(encoder);
        }
        Workspace ws = workspace.open();
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        EncodeService service = new EncodeService(ws, Encoders::open, merchlab.text.EncoderChoice.DEFAULT, cores);
        try {
            CtrlC.stoppable(cancel -> {
                EncodeReport report = service.encode(encoder, new Progress(), cancel);
                print(report, new LexicalIndex(ws).refresh());
                return report;
            });
        } catch (CancelledException e) {
            System.err.println("merchlab encode: cancelled; the batches already embedded are kept and the next run continues");
        }
    }

    private void print(EncodeReport r, LexicalIndex.Refresh refresh) {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("encoder", r.encoder());
            doc.put("encoders", r.encoders());
            doc.put("automatic", r.automatic());
            doc.put("cjkShare", Math.round(r.cjkShare() * 10_000) / 10_000.0);
            doc.put("products", r.products());
            doc.put("embedded", r.embedded());
            doc.put("reused", r.reused());
            doc.put("removed", r.removed());
            doc.put("emptyText", r.emptyText());
            doc.put("searchIndexed", refresh.indexed());
            doc.put("searchRemoved", refresh.removed());
            doc.put("seconds", Math.round(r.seconds() * 100) / 100.0);
            Map<String, Double> perEncoder = new LinkedHashMap<>();
            r.secondsByEncoder().forEach((name, sec) -> perEncoder.put(name, Math.round(sec * 100) / 100.0));
            doc.put("secondsByEncoder", perEncoder);
            Json.print(doc);
        } else {
            System.out.printf("encoder %s%s (CJK share %.1f%%): %d products, %d embedded, %d cached, %d removed in %.1f s; "
                            + "search index: %d indexed, %d removed%n", String.join(" + ", r.encoders()),
                    r.automatic() ? " (auto)" : "",
                    100 * r.cjkShare(), r.products(), r.embedded(), r.reused(), r.removed(), r.seconds(),
                    refresh.indexed(), refresh.removed());
        }
    }

    /** Progress lines on standard error, at most about one a second. */
    private static final class Progress implements EncodeListener {
        private long last;

        @Override
        public void progress(int embedded, int toEmbed) {
            long now = System.nanoTime();
            if (embedded == toEmbed || now - last > 1_000_000_000L) {
                last = now;
                System.err.printf("encode: %d/%d products embedded%n", embedded, toEmbed);
            }
        }

        @Override
        public void warning(String message) {
            System.err.println("encode: warning: " + message);
        }
    }
}
