package merchlab.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static List<String> read(String text, int buffer) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), buffer)) {
            while (r.next()) {
                out.add(r.line() + ":" + new String(r.buffer(), r.offset(), r.length(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void skipsBlankLinesAndKeepsNumbers() throws IOException {
        assertEquals(List.of("1:{\"a\":1}", "3:{\"b\":2}", "4:x"), read("{\"a\":1}\r\n\n{\"b\":2}\nx", 1 << 20));
    }

    @Test
    void anyBufferSizeGivesTheSameLines() throws IOException {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int lines = 1 + random.nextInt(8);
            for (int i = 1; i <= lines; i++) {
                String line = "l" + i + "-" + "\u00e9x".repeat(random.nextInt(5));
                expected.add(i + ":" + line);
                text.append(line).append(i < lines || random.nextBoolean() ? "\n" : "");
            }
            assertEquals(expected, read(text.toString(), 1 + random.nextInt(20)), text.toString());
        }
    }
}
