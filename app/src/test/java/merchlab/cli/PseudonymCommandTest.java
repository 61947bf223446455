package merchlab.cli;

import static merchlab.cli.CapturedRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pseudonymised import from the command line: neither its JSON, its messages nor the workspace's files hold a raw
 * shopper id, and {@code --user} with a raw id finds the shopper through the workspace's key.
 */
class PseudonymCommandTest {
    @TempDir
    Path dir;

    @Test
    void rawIdsLeakNowhereAndTheRawIdStillFindsTheShopper() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), String.join("\n",
                "timestamp,user_id,session_id,event_type,product_id,query,position",
                "2024-03-01T10:00:00Z,LEAKUSER0,s1,view,P1,,",
                "LEAKUSER1,s1,2024-03-01T10:00:02Z,impression,P1,red shoes,1",
                "2024-03-01T10:00:03Z,s2,s2,LEAKUSER2,P1,red shoes,1",
                "2024-03-01T10:00:04Z,s3,s3,impression,P1,red shoes,LEAKUSER3") + "\n");
        Path ws = dir.resolve("shop").resolve("ws.db");
        String[] r = run("import", "--workspace", ws.toString(), "--events", events.toString(), "--pseudonymize",
                "--json");
        assertEquals("0", r[0], r[2]);
        String[] info = run("info", "--workspace", ws.toString(), "--json");
        assertEquals("0", info[0], info[2]);
        for (String out : new String[] {r[1], r[2], info[1], info[2]}) {
            assertFalse(out.contains("LEAKUSER"), out);
        }
        try (Stream<Path> files = Files.list(ws.getParent())) {
            for (Path p : files.toList()) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("LEAKUSER"), p.getFileName() + " holds a raw shopper id");
            }
        }

        Workspace workspace = Workspace.open(ws);
        ShopperId raw = ShopperId.of(workspace, "LEAKUSER0");
        assertTrue(raw.id().matches("[0-9a-f]{32}"), raw.id());
        assertTrue(raw.note().startsWith("this workspace stores shopper ids pseudonymised: --user was hashed"),
                raw.note());
        ShopperId pseudonym = ShopperId.of(workspace, raw.id());
        assertEquals(raw.id(), pseudonym.id());
        assertNull(pseudonym.note());
        assertTrue(ShopperId.of(workspace, "nobody").note().contains("results are for a new shopper"));
    }
}
