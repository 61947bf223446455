package merchlab.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pseudonymised import keeps raw shopper ids out of everything it writes, even when a row's columns are shifted so
 * that the id lands in the timestamp, event type or position column and the row is rejected for it.
 */
class PseudonymLeakTest {
    private static final String HEADER = "timestamp,user_id,session_id,event_type,product_id,query,position,device,"
            + "dwell_ms,price,quantity,request_id,true_click_probability";

    @TempDir
    Path dir;

    @Test
    void rawShopperIdsAppearNowhereInTheWorkspace() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, String.join("\n", HEADER,
                "2024-03-01T10:00:00Z,LEAKUSER0,s1,search,,red shoes,,mobile,,,,r1,",
                "2024-03-01T10:00:01Z,LEAKUSER0,s1,impression,SH-1,red shoes,1,mobile,,9.90,,r1,",
                "LEAKUSER1,s1,2024-03-01T10:00:02Z,impression,SH-1,red shoes,1,mobile,,9.90,,r1,",
                "2024-03-01T10:00:03Z,s2,s2,LEAKUSER2,SH-1,red shoes,1,mobile,,9.90,,r1,",
                "2024-03-01T10:00:04Z,s3,s3,impression,SH-1,red shoes,LEAKUSER3,mobile,,9.90,,r1,",
                "2024-03-01T10:00:05Z,u4,s4,impression,SH-1,red shoes,1,mobile,LEAKUSER4,9.90,,r1,",
                "2024-03-01T10:00:06Z,u5,s5,impression,SH-1,red shoes,1,mobile,,LEAKUSER5,,r1,",
                "2024-03-01T10:00:07Z,u6,s6,impression,SH-1,red shoes,1,mobile,,9.90,LEAKUSER6,r1,",
                "2024-03-01T10:00:08Z,u7,s7,impression,SH-1,red shoes,1,mobile,,9.90,,r1,LEAKUSER7",
                "2024-03-01T10:00:09Z,u8,s8,impression,SH-1,red shoes,99999999999,mobile,,9.90,,r1,") + "\n");
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportService service = new ImportService(ws);
        ImportReport report = service.run(new ImportRequest(file, DataKind.EVENTS, null, true), ImportListener.NONE,
                CancelToken.none());
        assertEquals(2, report.accepted());
        assertEquals(8, report.rejected());
        for (Rejection r : service.rejections(report.id(), 100)) {
            assertFalse(r.reason().contains("LEAKUSER") || r.reason().contains("99999999999"), r.reason());
            assertTrue(r.reason().endsWith("(values hidden: the import pseudonymises shopper ids)"), r.reason());
        }
        assertFalse(service.reports().toString().contains("LEAKUSER"));
        assertNoLeak(dir);
    }

    @Test
    void aWholeFileErrorOfAPseudonymisedImportHidesTheFirstLine() throws Exception {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "LEAKUSER9;x\n1;2\n");
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        MerchLabException e = assertThrows(MerchLabException.class, () -> new ImportService(ws)
                .run(new ImportRequest(file, DataKind.EVENTS, null, true), ImportListener.NONE, CancelToken.none()));
        assertFalse(e.getMessage().contains("LEAKUSER"), e.getMessage());
    }

    /** Greps every file of the workspace (the database, its write-ahead log, its lock) for the raw ids. */
    static void assertNoLeak(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> stored = files.filter(p -> p.getFileName().toString().startsWith("ws.db")).toList();
            assertTrue(stored.size() >= 1);
            for (Path p : stored) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("LEAKUSER"), p.getFileName() + " holds a raw shopper id");
            }
        }
    }
}
