package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import merchlab.fixtures.SyntheticShop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merchlab tune}: every trial in the document, the verdict, and {@code recommend} then uses its choice. */
class TuneCommandTest {
    @Test
    void tuneReportsEveryTrialAndRecommendUsesTheRecommendedModel(@TempDir Path dir) throws Exception {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 60;
        shop.shoppers = 40;
        shop.days = 6;
        shop.requestsPerDay = 60;
        shop.dimension = 16;
        String ws = shop.write(dir.resolve("shop.db")).file().toString();
        String[] r = run("tune", "-w", ws, "--model", "popularity", "--budget", "2m", "--trials", "3", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode doc = new ObjectMapper().readTree(r[1]);
        assertEquals(3, doc.get("trials").size());
        assertEquals("leave-last-out", doc.get("protocol").asText());
        assertTrue(doc.get("baselines").has("cooccurrence"), doc.toString());
        assertTrue(doc.get("verdict").asText().contains("strongest baseline"), doc.get("verdict").asText());
        String recommended = doc.get("recommended").asText();

        String[] rec = run("recommend", "-w", ws, "--user", "U3", "--top", "3", "--json");
        assertEquals("0", rec[0], rec[2]);
        assertEquals(recommended, new ObjectMapper().readTree(rec[1]).get("model").asText());

        String[] bad = run("tune", "-w", ws, "--model", "sequence", "--budget", "soon");
        assertNotEquals("0", bad[0]);
        assertEquals(1, bad[2].strip().lines().count(), bad[2]);
        assertTrue(bad[2].contains("--budget must be a duration"), bad[2]);
    }
}
