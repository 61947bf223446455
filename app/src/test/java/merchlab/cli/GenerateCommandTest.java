package merchlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import merchlab.shop.ShopServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void jsonSummaryListsTheWrittenFiles(@TempDir Path dir) throws Exception {
        int status = MerchLabCommand.run(ShopServices.installed(), "generate", "--out", dir.toString(), "--products", "200", "--users", "30",
                "--days", "2", "--lang", "zh", "--formats", "generic,ga4", "--json");
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        JsonNode doc = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(dir.toAbsolutePath().toString(), doc.get("out").asText());
        assertEquals(200, doc.get("products").asInt());
        assertEquals(30, doc.get("users").asInt());
        assertEquals("zh", doc.get("lang").asText());
        assertTrue(doc.get("events").asLong() > 0);
        assertTrue(doc.get("seconds").asDouble() > 0);
        assertEquals(9, doc.get("files").size());
        for (JsonNode file : doc.get("files")) {
            assertTrue(Files.isRegularFile(Path.of(file.asText())), file.asText());
        }
        assertTrue(Files.exists(dir.resolve("ga4_events.jsonl")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("100%"), "progress goes to standard error");
    }

    @Test
    void badSizeFailsWithOneLine(@TempDir Path dir) {
        int status = MerchLabCommand.run(ShopServices.installed(), "generate", "--out", dir.toString(), "--size", "huge");
        assertEquals(1, status);
        assertEquals("merchlab generate: unknown size 'huge': use small, medium or large",
                err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
