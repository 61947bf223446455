package merchlab.bench.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import merchlab.MerchLabException;
import merchlab.catalog.Product;
import merchlab.search.Filters;
import merchlab.search.Hit;
import merchlab.search.LexicalIndex;
import merchlab.search.LexicalSearch;
import merchlab.store.BaselineTextIndexes;
import merchlab.workspace.Workspace;

/**
 * Shows how the full-text index handles real Chinese shopping text: the 101,000 Taobao queries are indexed as if they
 * were product titles, and known-item probes made from 1,000 of them (the whole text, the text with one character
 * dropped, and its second half) must find their source. MerchLab's analysis (characters plus overlapping character
 * pairs) is compared with FTS5's own {@code unicode61} tokenizer (a run of Chinese is one token) and its
 * {@code trigram} tokenizer, on the same probes.
 */
public final class TaobaoLexicalEvaluation {
    /** Known-item figures of one analysis on one kind of probe. */
    public record Score(String analysis, String probe, int probes, double hitAt1, double hitAt10, double mrrAt10,
                        double noResult, double medianMillis) {
    }

    /** All scores, and how many queries were indexed. */
    public record Report(int indexed, List<Score> scores) {
    }

    private static final List<String> PROBES = List.of("whole", "one-dropped", "second-half");

    private final Path folder;
    private final Path workspaceFile;
    private final int probes;
    private final Consumer<String> log;

    public TaobaoLexicalEvaluation(Path folder, Path workspaceFile, int probes, Consumer<String> log) {
        this.folder = folder;
        this.workspaceFile = workspaceFile;
        this.probes = probes;
        this.log = log;
    }

    public Report run() {
        Map<String, String> queries = new LinkedHashMap<>();
        read(folder.resolve("train.query.txt"), queries);
        Map<String, String> dev = new LinkedHashMap<>();
        read(folder.resolve("dev.query.txt"), dev);
        queries.putAll(dev);
        Workspace ws = Workspace.open(workspaceFile);
        List<Product> products = new ArrayList<>(queries.size());
        queries.forEach((id, text) -> products.add(Product.of(id, text, null, null, null)));
        log.accept("indexing " + products.size() + " queries as product titles");
        ShopFiles.load(ws, products);
        new LexicalIndex(ws).refresh();
        buildBaselines(ws, queries);
        List<String> ids = new ArrayList<>(dev.keySet()).subList(0, Math.min(probes, dev.size()));
        Random random = new Random(3);
        Map<String, List<String>> probeTexts = new LinkedHashMap<>();
        for (String probe : PROBES) {
            probeTexts.put(probe, new ArrayList<>());
        }
        for (String id : ids) {
            String text = dev.get(id);
            int[] cps = text.codePoints().toArray();
            int drop = random.nextInt(cps.length);
            probeTexts.get("whole").add(text);
            probeTexts.get("one-dropped").add(cps.length < 3 ? text : join(cps, 0, drop) + join(cps, drop + 1, cps.length));
            probeTexts.get("second-half").add(join(cps, cps.length / 2, cps.length));
        }
        List<Score> scores = new ArrayList<>();
        try (LexicalSearch search = LexicalSearch.open(ws); BaselineTextIndexes.Reader c = new BaselineTextIndexes(ws).reader()) {
            for (String probe : PROBES) {
                List<String> texts = probeTexts.get(probe);
                scores.add(score("merchlab (chars + pairs)", probe, ids, texts, t -> ids(search.search(t, 10, Filters.none()))));
                scores.add(score("fts5 unicode61", probe, ids, texts, t -> baseline(c, "taobao_unicode61", unicodeQuery(t))));
                scores.add(score("fts5 trigram", probe, ids, texts, t -> baseline(c, "taobao_trigram", trigramQuery(t))));
            }
        }
        return new Report(queries.size(), scores);
    }

    private interface Searcher {
        List<String> top10(String text);
    }

    private Score score(String analysis, String probe, List<String> ids, List<String> texts, Searcher searcher) {
        double hit1 = 0;
        double hit10 = 0;
        double mrr = 0;
        double none = 0;
        double[] millis = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long t = System.nanoTime();
            List<String> top = searcher.top10(texts.get(i));
            millis[i] = (System.nanoTime() - t) / 1e6;
            int rank = top.indexOf(ids.get(i));
            hit1 += rank == 0 ? 1 : 0;
            hit10 += rank >= 0 ? 1 : 0;
            mrr += rank >= 0 ? 1.0 / (rank + 1) : 0;
            none += top.isEmpty() ? 1 : 0;
        }
        Arrays.sort(millis);
        int n = ids.size();
        Score s = new Score(analysis, probe, n, hit1 / n, hit10 / n, mrr / n, none / n, millis[n / 2]);
        log.accept(s.toString());
        return s;
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::productId).toList();
    }

    private static void buildBaselines(Workspace ws, Map<String, String> queries) {
        Map<String, String> tokenizers = new LinkedHashMap<>();
        tokenizers.put("taobao_unicode61", "unicode61");
        tokenizers.put("taobao_trigram", "trigram");
        new BaselineTextIndexes(ws).build(tokenizers, queries);
    }

    private static List<String> baseline(BaselineTextIndexes.Reader c, String table, String match) {
        return c.best(table, match, 10);
    }

    /** The query's words as unicode61 splits them (separators only), OR-ed. */
    static String unicodeQuery(String text) {
        List<String> parts = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                parts.add('"' + w + '"');
            }
        }
        return String.join(" OR ", parts);
    }

    /** Every three-character window of the query, OR-ed (trigram matching needs at least three characters). */
    static String trigramQuery(String text) {
        int[] cps = text.codePoints().toArray();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 3 <= cps.length; i++) {
            String g = new String(cps, i, 3).replace("\"", "\"\"");
            parts.add('"' + g + '"');
        }
        return String.join(" OR ", parts);
    }

    private static String join(int[] cps, int from, int to) {
        return new String(cps, from, Math.max(0, to - from));
    }

    private static void read(Path file, Map<String, String> into) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0 && tab < line.length() - 1) {
                    into.put("tb" + line.substring(0, tab).strip(), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
