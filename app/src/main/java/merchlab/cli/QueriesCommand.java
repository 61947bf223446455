package merchlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.judged.Judgments;
import merchlab.eval.judged.QueryKinds;
import merchlab.eval.judged.QuerySet;
import merchlab.eval.judged.QuerySetComparison;
import merchlab.eval.stats.PairedComparison;
import merchlab.features.ShopData;
import merchlab.scoring.ShopScorers;
import merchlab.search.ProductSearch;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab queries}: the desktop's Query sets from the command line, per judged query, largest change first. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "each judged query's NDCG@10 under two rankings (retrieval alone, named search, or a saved model "
                + "re-ranking its candidates) side by side, largest change first, as the judgments protocol scores "
                + "them")
final class QueriesCommand implements Runnable {
    private final ShopServices services;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--a", paramLabel = "NAME", defaultValue = "search",
            description = "the ranking compared against: search or a saved model (default: ${DEFAULT-VALUE})")
    String a;

    @Option(names = "--b", paramLabel = "NAME",
            description = "the ranking compared: search or a saved model (default: the default model)")
    String b;

    @Option(names = "--kinds", paramLabel = "FILE",
            description = "first store the query kinds of a query set CSV with query and kind columns (a generated "
                    + "shop's queries.csv) in the workspace")
    Path kinds;

    @Option(names = "--kind", paramLabel = "KIND", description = "only queries of this kind (exact, paraphrase ...)")
    String kind;

    @Option(names = "--lang", paramLabel = "LANG", description = "only queries in this language: en or zh")
    String lang;

    @Option(names = "--sample", paramLabel = "N",
            description = "compare N judged queries drawn at random with --seed (default: all)")
    Integer sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "seed of the query sample (default: ${DEFAULT-VALUE}, as the desktop's)")
    long seed;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "queries listed in the text output (default: ${DEFAULT-VALUE}; --json lists all)")
    int top;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    QueriesCommand(ShopServices services) {
        this.services = services;
    }

    @Override
    public void run() {
        Workspace ws = workspace.open();
        if (kinds != null) {
            int stored = QueryKinds.store(ws, QueryKinds.readCsv(kinds));
            System.err.println("queries: stored the kinds of " + stored + " queries");
        }
        Judgments judgments = Judgments.load(ws, 0);
        if (judgments.queries().isEmpty()) {
            throw new MerchLabException("the workspace has no judged query with a relevant product: import judgments "
                    + "first, for example merchlab import --judgments judgments.csv");
        }
        if (sample != null) {
            if (sample < 1) {
                throw new MerchLabException("--sample must be at least 1, not " + sample);
            }
            judgments = judgments.sample(sample, seed);
        }
        String sideB = b != null ? b : QuerySetComparison.defaultModel(services.models(ws), services.kinds());
        QuerySet set;
        try (ShopData data = services.data(ws);
             ProductSearch search = services.search(ws);
             ShopScorers scorers = services.scorers(data)) {
            set = new QuerySetComparison(search, scorers).compare(judgments, QueryKinds.read(ws), a, sideB,
                    text -> System.err.println("queries: " + text), CancelToken.none());
        }
        List<QuerySet.Query> rows = set.filter(kind, lang);
        if (rows.isEmpty()) {
            throw new MerchLabException("no judged query of kind " + (kind == null ? "any" : kind) + " in "
                    + (lang == null ? "any language" : lang) + "; kinds here: " + set.kinds() + ", languages: "
                    + set.languages());
        }
        PairedComparison versus = QuerySet.compare(rows);
        if (json) {
            Json.print(document(set, rows, versus));
        } else {
            print(set, rows, versus);
        }
    }

    private static Map<String, Object> document(QuerySet set, List<QuerySet.Query> rows, PairedComparison versus) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("a", set.a());
        doc.put("b", set.b());
        doc.put("queries", rows.size());
        doc.put("ndcgA", rows.stream().mapToDouble(QuerySet.Query::ndcgA).average().orElse(Double.NaN));
        doc.put("ndcgB", rows.stream().mapToDouble(QuerySet.Query::ndcgB).average().orElse(Double.NaN));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("delta", versus.delta());
        v.put("pValue", versus.pValue());
        v.put("ci95", List.of(versus.ciLow(), versus.ciHigh()));
        doc.put("versus", v);
        List<Map<String, Object>> list = new ArrayList<>();
        for (QuerySet.Query q : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("query", q.query());
            r.put("kind", q.kind());
            r.put("language", q.language());
            r.put("judged", q.judged());
            r.put("ndcgA", q.ndcgA());
            r.put("ndcgB", q.ndcgB());
            r.put("change", q.change());
            r.put("unjudgedA", q.unjudgedA());
            r.put("unjudgedB", q.unjudgedB());
            list.add(r);
        }
        doc.put("rows", list);
        doc.put("seconds", set.seconds());
        return doc;
    }

    private void print(QuerySet set, List<QuerySet.Query> rows, PairedComparison versus) {
        System.out.printf(Locale.ROOT, "%d judged queries, NDCG@10 A %s %.4f, B %s %.4f, change %s%n", rows.size(),
                set.a(), rows.stream().mapToDouble(QuerySet.Query::ndcgA).average().orElse(Double.NaN), set.b(),
                rows.stream().mapToDouble(QuerySet.Query::ndcgB).average().orElse(Double.NaN), versus.summary());
        System.out.printf(Locale.ROOT, "%-40s %-12s %-4s %8s %8s %8s%n", "query", "kind", "lang", "A", "B", "change");
        for (QuerySet.Query q : rows.subList(0, Math.min(Math.max(top, 0), rows.size()))) {
            System.out.printf(Locale.ROOT, "%-40s %-12s %-4s %8.4f %8.4f %+8.4f%n", q.query(),
                    q.kind() == null ? "-" : q.kind(), q.language(), q.ndcgA(), q.ndcgB(), q.change());
        }
    }
}
