package merchlab.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation CSV reader on quoted fields. */
class CsvRowsTest {
    @TempDir
    Path dir;

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaks() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "id,title,price\r\nP1,\"Shoe, red \"\"fast\"\"\",9.99 USD\nP2,\"two\nlines\",\n", StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        CsvRows.forEach(f, rows::add);
        assertEquals(2, rows.size());
        assertEquals("Shoe, red \"fast\"", rows.get(0).get("title"));
        assertEquals("9.99 USD", rows.get(0).get("price"));
        assertEquals("two\nlines", rows.get(1).get("title"));
        assertNull(rows.get(1).get("price"));
    }
}
