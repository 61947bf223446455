package merchlab.eval.judged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export of a small judged evaluation, byte for byte. */
class TrecExportTest {
    @TempDir
    Path dir;

    @Test
    void writesTopicsQrelsRunsAndQuepidRatingsExactly() throws Exception {
        Map<String, Map<String, Double>> gains = new LinkedHashMap<>();
        gains.put("red shoes", new LinkedHashMap<>(Map.of("P1", 1.0)));
        gains.get("red shoes").put("P2", 0.1);
        gains.put("tea, green", new LinkedHashMap<>(Map.of("P3", 0.01)));
        gains.get("tea, green").put("P4", 0.0);
        gains.put("no relevant", new LinkedHashMap<>(Map.of("P9", 0.0)));
        Judgments judgments = new Judgments(new java.util.TreeMap<>(gains), Map.of());
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        lists.put("search", Map.of("red shoes", List.of("P2", "P1"), "tea, green", List.of("P3")));
        lists.put("ranker v2", Map.of("red shoes", List.of("P1"), "tea, green", List.of()));
        JudgedReport report = new JudgedReport(2, 5, List.of(), Map.of(), lists, 0);

        List<Path> files = TrecExport.write(judgments, report, dir.resolve("out"));

        assertEquals(List.of("topics.tsv", "qrels.txt", "run-search.txt", "run-ranker_v2.txt", "quepid-ratings.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        assertEquals("1\tred shoes\n2\ttea, green\n", read(files.get(0)));
        assertEquals("1 0 P1 100\n1 0 P2 10\n2 0 P3 1\n2 0 P4 0\n", read(files.get(1)));
        assertEquals("1 Q0 P2 1 2 search\n1 Q0 P1 2 1 search\n2 Q0 P3 1 1 search\n", read(files.get(2)));
        assertEquals("1 Q0 P1 1 1 ranker_v2\n", read(files.get(3)));
        assertEquals("query,docid,rating\nred shoes,P1,3\nred shoes,P2,2\n\"tea, green\",P3,1\n\"tea, green\",P4,0\n",
                read(files.get(4)));
    }

    private static String read(Path f) throws Exception {
        return Files.readString(f, StandardCharsets.UTF_8);
    }
}
