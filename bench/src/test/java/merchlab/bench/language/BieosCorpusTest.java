package merchlab.bench.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading character-per-line BIEOS files into sentences and entity spans. */
class BieosCorpusTest {
    @TempDir
    Path dir;

    @Test
    void readsSpansOfEveryTagShape() throws Exception {
        Path f = dir.resolve("t.bieos");
        Files.writeString(f, "o\tB-HP\nl\tI-HP\na\tI-HP\ny\tE-HP\n面\tB-HC\n霜\tE-HC\n新\tO\n\n鞋\tS-HC\n子\tO\n", StandardCharsets.UTF_8);
        List<BieosCorpus.Sentence> s = BieosCorpus.read(f);
        assertEquals(2, s.size());
        assertEquals("olay面霜新", s.get(0).text());
        assertEquals(List.of(new BieosCorpus.Span("HP", "olay", 0, 4), new BieosCorpus.Span("HC", "面霜", 4, 6)),
                s.get(0).spans());
        assertEquals(List.of(new BieosCorpus.Span("HC", "鞋", 0, 1)), s.get(1).spans());
    }
}
