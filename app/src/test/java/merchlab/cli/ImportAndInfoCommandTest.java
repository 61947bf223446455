package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAndInfoCommandTest {
    @TempDir
    Path dir;

    /** Runs the command line; returns exit status, standard output and standard error. */
    @Test
    void importPrintsOneJsonDocumentWithTotalsAndFiles() throws Exception {
        Path catalog = dir.resolve("catalog.csv");
        Files.writeString(catalog, "id,title,price,product_type\nP1,Linen Shirt,34.50 EUR,Apparel > Shirts\n"
                + ",No Id,1.00 EUR,Apparel\n");
        Path events = dir.resolve("events.csv");
        Files.writeString(events, "timestamp,user_id,event_type,product_id\n2024-03-01T10:00:00Z,u1,view,P1\n"
                + "2024-03-01T10:00:01Z,u1,fly,P1\n");
        Path ws = dir.resolve("ws.db");
        String[] r = run("import", "--workspace", ws.toString(), "--catalog", catalog.toString(), "--events",
                events.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode doc = new ObjectMapper().readTree(r[1]);
        assertEquals("mixed", doc.get("format").asText());
        assertEquals(2, doc.get("accepted").asInt());
        assertEquals(2, doc.get("rejected").asInt());
        assertEquals("catalog.csv", doc.get("rejections").get(0).get("file").asText());
        assertEquals(3, doc.get("rejections").get(0).get("line").asInt());
        assertEquals("missing id", doc.get("rejections").get(0).get("reason").asText());
        assertTrue(doc.get("seconds").isNumber() && doc.get("seconds").asDouble() > 0, doc.toString());
        assertEquals(2, doc.get("files").size());
        assertEquals("events-csv", doc.get("files").get(1).get("format").asText());
        assertEquals(1, doc.get("files").get(1).get("events").asInt());

        String[] info = run("info", "--workspace", ws.toString(), "--json");
        assertEquals("0", info[0], info[2]);
        JsonNode summary = new ObjectMapper().readTree(info[1]);
        assertEquals(1, summary.get("products").asInt());
        assertEquals(1, summary.get("users").asInt());
        assertEquals(1, summary.get("events").asInt());
        assertEquals(1, summary.get("eventsByType").get("view").asInt());
        assertEquals("2024-03-01T10:00:00Z", summary.get("from").asText());
        assertTrue(summary.get("encoder").isNull());
        assertEquals(0, summary.get("models").size());
        assertEquals("Apparel", summary.get("topCategories").get(0).get("category").asText());
        assertEquals(2, summary.get("imports").size());
    }

    @Test
    void humanSummaryListsRejectedRowsByFileAndLine() throws Exception {
        Path events = dir.resolve("events.csv");
        Files.writeString(events, "timestamp,user_id,event_type,product_id\n2024-03-01T10:00:00Z,u1,view,P1\n"
                + "soon,u1,view,P1\n");
        String[] r = run("import", "--workspace", dir.resolve("ws.db").toString(), "--events", events.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("events.csv (events-csv): 1 accepted, 1 rejected"), r[1]);
        assertTrue(r[1].contains("  events.csv:3: timestamp 'soon' is neither ISO-8601 nor epoch seconds/milliseconds"),
                r[1]);
    }

    @Test
    void aMissingFileIsOneLineAndStatusOne() {
        String[] r = run("import", "--workspace", dir.resolve("ws.db").toString(), "--events",
                dir.resolve("gone.csv").toString());
        assertEquals("1", r[0]);
        assertEquals("merchlab import: file not found: " + dir.resolve("gone.csv"), r[2].strip());
        assertEquals("", r[1]);
    }

    @Test
    void infoOnAMissingWorkspaceSaysSo() {
        String[] r = run("info", "--workspace", dir.resolve("none.db").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("merchlab info: no workspace at "), r[2]);
    }
}
