package merchlab.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMigrationTest {
    @TempDir
    Path dir;

    private static String one(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void newWorkspacesUseLargePagesAndOldOnesKeepTheirs() throws Exception {
        assertEquals("16384", one(Workspace.open(dir.resolve("new.db")), "PRAGMA page_size"));
        Path old = dir.resolve("small-pages.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 4096");
            st.execute("PRAGMA journal_mode = WAL");
        }
        Workspace ws = Workspace.open(old);
        assertEquals("4096", one(ws, "PRAGMA page_size"));
        assertEquals("wal", one(ws, "PRAGMA journal_mode"));
    }

    @Test
    void aWorkspaceWrittenBySchemaVersionOneOpensInTheLatest() throws Exception {
        Path file = dir.resolve("old.db");
        Workspace v1 = Workspace.open(file, 1);
        try (Connection c = v1.connect(); Statement st = c.createStatement()) {
            assertEquals(1, Migrations.version(c));
            st.execute("INSERT INTO products(id, title, category, price, updated_at) "
                    + "VALUES ('P1', 'Linen Shirt', 'Apparel > Shirts', 34.5, 1)");
            st.execute("INSERT INTO events(id, ts, user_id, type, product_id) VALUES (7, 1709287200000, 'u1', 'view', 'P1')");
            st.execute("INSERT INTO models(name, kind, settings, created_at) VALUES ('m1', 'ranker', '{}', 2)");
            st.execute("INSERT INTO import_reports(file, format, started_at, status, accepted, rejected) "
                    + "VALUES ('old.csv', 'events-csv', 3, 'completed', 1, 0)");
            st.execute("INSERT INTO meta(key, value) VALUES ('encoder', 'all-minilm-l6-v2-q')");
        }

        Workspace latest = Workspace.open(file);
        assertEquals(String.valueOf(Migrations.latestVersion()), one(latest, "PRAGMA user_version"));
        assertEquals("Linen Shirt", one(latest, "SELECT title FROM products WHERE id = 'P1'"));
        assertEquals("u1", one(latest, "SELECT user_id FROM events WHERE id = 7"));
        assertEquals("all-minilm-l6-v2-q", latest.meta("encoder").orElseThrow());
        assertEquals("0", one(latest, "SELECT skipped FROM import_reports"));
        assertEquals(null, one(latest, "SELECT note FROM models WHERE name = 'm1'"));
        WorkspaceSummary summary = WorkspaceSummary.of(latest);
        assertEquals(1, summary.products());
        assertEquals(1, summary.events());
        assertEquals(java.util.List.of("m1"), summary.models());

        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "timestamp,user_id,event_type,product_id\n2024-03-02T00:00:00Z,u2,click,P1\n");
        new ImportService(latest).run(ImportRequest.of(csv, DataKind.EVENTS), ImportListener.NONE, CancelToken.none());
        assertEquals("2", one(latest, "SELECT count(*) FROM events"));
        assertEquals(2, new ImportService(latest).reports().size());
    }

    @Test
    void aVersionEightWorkspaceGainsSponsoredProductsAndKeepsItsData() throws Exception {
        Path file = dir.resolve("v8.db");
        Workspace v8 = Workspace.open(file, 8);
        try (Connection c = v8.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO products(id, title, price, updated_at) VALUES ('P1', 'Trail Runner', 89.9, 1)");
            st.execute("INSERT INTO events(id, ts, user_id, type, product_id, position, request_id, true_ctr) "
                    + "VALUES (7, 1709287200000, 'u1', 'impression', 'P1', 1, 'r1', 0.25)");
            st.execute("INSERT INTO judgments(query, product_id, grade, rater) VALUES ('trail', 'P1', 1.0, 'ann')");
        }

        Workspace latest = Workspace.open(file);
        assertEquals("9", one(latest, "PRAGMA user_version"));
        assertEquals("Trail Runner", one(latest, "SELECT title FROM products WHERE id = 'P1'"));
        assertEquals("u1|P1|1|r1|0.25|", one(latest, "SELECT user_id || '|' || product_id || '|' || position || '|' "
                + "|| request_id || '|' || true_ctr || '|' || coalesce(sponsored, campaign_id, bid, price_paid, '') "
                + "FROM events WHERE id = 7"));
        assertEquals("ann", one(latest, "SELECT rater FROM judgments"));
        assertEquals("0", one(latest, "SELECT count(*) FROM campaigns"));
        assertEquals("events_sponsored", one(latest, "SELECT name FROM sqlite_master WHERE type = 'index' "
                + "AND name = 'events_sponsored'"));
        Path campaigns = dir.resolve("campaigns.csv");
        Files.writeString(campaigns, "campaign_id,daily_budget,product_id,bid\nC1,10,P1,0.3\n");
        new ImportService(latest).run(ImportRequest.of(campaigns, DataKind.CAMPAIGNS), ImportListener.NONE,
                CancelToken.none());
        assertEquals("C1|0.3", one(latest, "SELECT campaign_id || '|' || bid FROM campaign_bids"));
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        Workspace ws = Workspace.open(file);
        try (Connection c = ws.connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        MerchLabException e = assertThrows(MerchLabException.class, () -> Workspace.open(file));
        assertTrue(e.getMessage().contains("newer than this MerchLab understands"), e.getMessage());
    }

    @Test
    void aFileThatIsNoDatabaseIsSaidToBeSo() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "this is a text file, not a workspace, and it is long enough to be checked......");
        MerchLabException e = assertThrows(MerchLabException.class, () -> Workspace.open(file));
        assertTrue(e.getMessage().contains("not a MerchLab workspace") || e.getMessage().contains("not a database"),
                e.getMessage());
    }
}
