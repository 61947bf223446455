package merchlab.eval.judged;

import java.io.IOException;
import java.io.UncheckedIOException;
import merchlab.MerchLabException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.csv.CsvWriter;

/**
 * Writes a judged evaluation in the files relevance engineers already use:
 * <ul>
 *   <li>{@code topics.tsv}: query number and text (TREC topics carry numbers, not text);</li>
 *   <li>{@code qrels.txt}: TREC qrels, {@code topic 0 product level}, with the level the gain times 100 (Exact 100,
 *       Substitute 10, Complement 1, Irrelevant 0), so trec_eval's linear-gain {@code ndcg_cut.10} gives the same
 *       NDCG@10 as the report and {@code -l 10} counts the same products as relevant for {@code P.10};</li>
 *   <li>{@code run-MODEL.txt}: one TREC run per list maker for the visit without a shopper, {@code topic Q0 product rank
 *       score MODEL}, scores descending from the list's length so trec_eval keeps the order;</li>
 *   <li>{@code quepid-ratings.csv}: {@code query,docid,rating} on Quepid's 0-3 graded scale (Exact 3, Substitute 2,
 *       Complement 1, Irrelevant 0).</li>
 * </ul>
 * Only the evaluated queries are written, numbered in text order from 1.
 */
public final class TrecExport {
    private TrecExport() {
    }

    /** Writes the files into {@code folder} (created if needed) and returns their paths. */
    public static List<Path> write(Judgments judgments, JudgedReport report, Path folder) {
        List<String> queries = judgments.queries();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            written.add(write(folder.resolve("topics.tsv"), w -> {
                for (int q = 0; q < queries.size(); q++) {
                    w.write((q + 1) + "\t" + oneLine(queries.get(q)) + "\n");
                }
            }));
            written.add(write(folder.resolve("qrels.txt"), w -> {
                for (int q = 0; q < queries.size(); q++) {
                    for (Map.Entry<String, Double> g : judgments.of(queries.get(q)).entrySet()) {
                        w.write((q + 1) + " 0 " + g.getKey() + " " + Math.round(g.getValue() * 100) + "\n");
                    }
                }
            }));
            for (Map.Entry<String, Map<String, List<String>>> run : report.lists().entrySet()) {
                String tag = run.getKey().replaceAll("[^A-Za-z0-9._-]", "_");
                written.add(write(folder.resolve("run-" + tag + ".txt"), w -> {
                    for (int q = 0; q < queries.size(); q++) {
                        List<String> list = run.getValue().getOrDefault(queries.get(q), List.of());
                        for (int r = 0; r < list.size(); r++) {
                            w.write(String.format(Locale.ROOT, "%d Q0 %s %d %d %s%n", q + 1, list.get(r), r + 1,
                                    list.size() - r, tag));
                        }
                    }
                }));
            }
            Path ratings = folder.resolve("quepid-ratings.csv");
            try (CsvWriter w = new CsvWriter(ratings, List.of("query", "docid", "rating"))) {
                for (String query : queries) {
                    for (Map.Entry<String, Double> g : judgments.of(query).entrySet()) {
                        w.cell(query).cell(g.getKey()).cell(rating(g.getValue())).endRow();
                    }
                }
            }
            written.add(ratings);
        } catch (IOException | UncheckedIOException e) {
            throw new MerchLabException("cannot write the export to " + folder + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** Quepid's 0-3 rating of a gain: 3 from 1, 2 from 0.1, 1 from 0.01, else 0. */
    static int rating(double gain) {
        return gain >= 1 - 1e-9 ? 3 : gain >= 0.1 - 1e-9 ? 2 : gain >= 0.01 - 1e-9 ? 1 : 0;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static Path write(Path file, Body body) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        return file;
    }
}
