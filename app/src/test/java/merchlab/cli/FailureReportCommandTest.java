package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed commands say what happened in one line, and with --json print a document with {@code error}. */
class FailureReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "timestamp,user_id,event_type,product_id\n2024-03-01T10:00:00Z,u1,view,P1\n";

    @TempDir
    Path dir;

    private Path truncatedGzip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(EVENTS.repeat(1).getBytes());
            for (int i = 0; i < 2000; i++) {
                gz.write(("2024-03-01T10:00:" + String.format("%02d", i % 60) + "Z,u" + i + ",view,P" + i + "\n").getBytes());
            }
        }
        byte[] all = bytes.toByteArray();
        Path file = dir.resolve("second.csv.gz");
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        return file;
    }

    @Test
    void aMultiFileImportNamesTheFilesDoneFailedAndNotTried() throws Exception {
        Path first = Files.writeString(dir.resolve("first.csv"), EVENTS);
        Path second = truncatedGzip();
        Path third = Files.writeString(dir.resolve("third.csv"), EVENTS);
        String ws = dir.resolve("ws.db").toString();

        String[] r = run("import", "--workspace", ws, "--events", first.toString(), "--events", second.toString(),
                "--events", third.toString(), "--json");
        assertEquals("1", r[0], r[2]);
        JsonNode doc = JSON.readTree(r[1]);
        assertTrue(doc.get("error").asText().startsWith("second.csv.gz: "), doc.toString());
        assertEquals(1, doc.get("files").size());
        assertEquals("completed", doc.get("files").get(0).get("status").asText());
        assertEquals(second.toString(), doc.get("failed").get("file").asText());
        assertEquals(third.toString(), doc.get("notTried").get(0).asText());

        String[] human = run("import", "--workspace", ws, "--events", first.toString(), "--events", second.toString(),
                "--events", third.toString());
        assertEquals("1", human[0]);
        assertTrue(human[1].startsWith("first.csv (events-csv): 1 accepted"), human[1]);
        assertTrue(human[2].contains("(imported before it and kept: first.csv; not tried: third.csv)"), human[2]);
        assertEquals(1, human[2].strip().lines().count(), human[2]);
    }

    @Test
    void everyFailureWithJsonPrintsADocumentWithError() throws Exception {
        String[] missing = run("info", "--workspace", dir.resolve("none.db").toString(), "--json");
        assertEquals("1", missing[0]);
        assertTrue(JSON.readTree(missing[1]).get("error").asText().startsWith("no workspace at"), missing[1]);

        String[] badOption = run("search", "--query", "shoes", "--top", "many", "--json");
        assertEquals("2", badOption[0]);
        assertTrue(JSON.readTree(badOption[1]).get("error").asText().contains("--top"), badOption[1]);
    }

    @Test
    void searchRefusesANanPriceAndAnHourPastTheDayWithoutAModel() {
        String[] nan = run("search", "--workspace", dir.resolve("none.db").toString(), "--query", "shoes",
                "--min-price", "NaN");
        assertEquals("1", nan[0]);
        assertTrue(nan[2].contains("--min-price must be a price of 0 or more, not NaN"), nan[2]);
        String[] hour = run("search", "--workspace", dir.resolve("none.db").toString(), "--query", "shoes",
                "--hour", "25");
        assertEquals("1", hour[0]);
        assertTrue(hour[2].contains("--hour must be 0-23, not 25"), hour[2]);
    }

    @Test
    void controlBytesFromAFileAreNotSentToTheTerminal() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "\u001b[31mred\u0000;x\n1;2\n");
        String[] r = run("import", "--workspace", dir.resolve("ws.db").toString(), "--events", odd.toString());
        assertEquals("1", r[0]);
        assertFalse(r[2].chars().anyMatch(c -> c == 0x1b || c == 0), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void aFolderIsNotCalledAMissingFile() throws Exception {
        String[] r = run("import", "--workspace", dir.resolve("ws.db").toString(), "--events", dir.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("is a folder, not a file"), r[2]);
    }

    @Test
    void metricsWithoutAValueAreLeftOutWithTheReasonAndNeverPrintedAsNan() throws Exception {
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        metrics.put("auc", Double.NaN);
        metrics.put("logloss", 0.5);
        metrics.put("ndcg@10", Double.NaN);
        UndefinedMetrics.put(row, "metrics", metrics);
        JsonNode doc = JSON.readTree(Json.text(row));
        assertEquals(0.5, doc.get("metrics").get("logloss").asDouble());
        assertFalse(doc.get("metrics").has("auc"));
        assertTrue(doc.get("undefined").get("auc").asText().contains("clicked and unclicked"));
        assertTrue(doc.get("undefined").get("ndcg@10").asText().contains("no test list has a click"));
        assertEquals("{\"x\":null}", Json.text(java.util.Map.of("x", Double.NaN)).replaceAll("\\s", ""));
    }
}
