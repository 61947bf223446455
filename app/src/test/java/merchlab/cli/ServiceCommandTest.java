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

/** {@code merchlab service train|evaluate|answer}: the documents they print, and one clear line for bad input. */
class ServiceCommandTest {
    private static final String[][] PHRASES = {
        {"track_order", "where is my order 123456", "track order 123456 please", "has my order 123456 shipped",
            "status of purchase 123456", "when does order 123456 arrive", "track my parcel 123456",
            "where is my package", "can you track my order", "where is purchase 123456 now",
            "tell me where my order is"},
        {"cancel_order", "cancel order 123456", "please cancel my purchase 123456", "i want to cancel my order",
            "how do i cancel order 123456", "stop my order 123456", "cancel the purchase please",
            "i need to cancel an order", "cancel my order right now", "can i still cancel order 123456",
            "i changed my mind cancel it"},
        {"contact_human_agent", "i want to talk to a person", "speak with a human agent", "connect me to an agent",
            "a real person please", "transfer me to someone", "human please", "let me talk to a human",
            "can a person help me", "put me through to an agent", "i need to speak to someone"},
    };

    @Test
    void trainEvaluateAndAnswerPrintTheirDocuments(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("instruction,intent\n");
        for (String[] p : PHRASES) {
            for (int i = 1; i < p.length; i++) {
                csv.append(p[i]).append(',').append(p[0]).append('\n');
            }
        }
        Path data = Files.writeString(dir.resolve("messages.csv"), csv);
        String ws = dir.resolve("w.db").toString();
        String[] train = run("service", "train", "-w", ws, "--data", data.toString(), "--epochs", "20", "--json");
        assertEquals("0", train[0], train[2]);
        JsonNode t = new ObjectMapper().readTree(train[1]);
        assertEquals("intent", t.get("model").asText());
        assertEquals("intent-baseline", t.get("baseline").asText());
        assertEquals(30, t.get("messages").asInt());

        String[] eval = run("service", "evaluate", "-w", ws, "--data", data.toString(), "--json");
        assertEquals("0", eval[0], eval[2]);
        JsonNode e = new ObjectMapper().readTree(eval[1]);
        assertEquals(30, e.get("messages").asInt());
        assertEquals("intent", e.get("results").get(0).get("model").asText());
        assertEquals("baseline", e.get("results").get(1).get("model").asText());
        for (String f : new String[] {"accuracy", "macroF1", "ece", "handoffRate"}) {
            double v = e.get("results").get(0).get(f).asDouble();
            assertTrue(v >= 0 && v <= 1, f + " = " + v);
        }
        assertEquals(3, e.get("perIntent").size());
        assertEquals(3, e.get("confusion").size());

        String[] answer = run("service", "answer", "-w", ws, "--message", "where is my order 123456", "--json");
        assertEquals("0", answer[0], answer[2]);
        JsonNode a = new ObjectMapper().readTree(answer[1]);
        assertEquals("track_order", a.get("intent").asText());
        assertTrue(a.get("handoff").asBoolean());
        assertEquals("order 123456 is not in this shop's records", a.get("reason").asText());
        assertEquals("order_id", a.get("entities").get(0).get("type").asText());
        assertTrue(a.get("words").size() >= 5, a.toString());

        Path texts = Files.writeString(dir.resolve("texts.properties"), "delivery_options.en=We ship in 2 days.\n");
        String[] set = run("service", "templates", "-w", ws, "--set", texts.toString(), "--json");
        assertEquals("0", set[0], set[2]);
        JsonNode shown = new ObjectMapper().readTree(set[1]).get("templates");
        assertEquals("We ship in 2 days.", shown.get("delivery_options.en").asText());
        assertTrue(shown.has("track_order.zh"), "the shipped texts stay");
        Path wrong = Files.writeString(dir.resolve("wrong.properties"), "delivery=soon\n");
        String[] refused = run("service", "templates", "-w", ws, "--set", wrong.toString());
        assertEquals("1", refused[0]);
        assertTrue(refused[2].contains("is not INTENT.en or INTENT.zh"), refused[2]);
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path dir) throws Exception {
        Path products = Files.writeString(dir.resolve("products.csv"), "id,title\nP1,Shoe\n");
        String ws = dir.resolve("w.db").toString();
        String[] noColumns = run("service", "train", "-w", ws, "--data", products.toString());
        assertEquals("1", noColumns[0]);
        assertEquals(1, noColumns[2].strip().lines().count(), noColumns[2]);
        assertTrue(noColumns[2].contains("it needs the columns instruction,intent"), noColumns[2]);

        String[] noModel = run("service", "answer", "-w", ws, "--message", "hello", "--json");
        assertEquals("1", noModel[0]);
        assertTrue(new ObjectMapper().readTree(noModel[1]).get("error").asText().contains("merchlab service train"));
    }
}
