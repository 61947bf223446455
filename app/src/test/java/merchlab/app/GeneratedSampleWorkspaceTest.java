package merchlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import merchlab.ui.importer.Importing;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSampleWorkspaceTest {
    private static final ShopConfig TINY = ShopConfig.of(ShopSize.SMALL).withProducts(100).withUsers(20).withDays(2);
    @TempDir
    Path home;

    /** Records what it was asked to import; fails the file kind it is told to. */
    private static final class RecordingImporting implements Importing {
        final List<String> imported = new ArrayList<>();
        final DataKind failing;

        RecordingImporting(DataKind failing) {
            this.failing = failing;
        }

        @Override
        public ImportPreview preview(Workspace workspace, ImportRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportReport run(Workspace workspace, ImportRequest request, ImportListener listener, CancelToken cancel) {
            assertTrue(size(request.file()) > 0, request.file() + " was generated");
            imported.add(request.kind() + " " + request.file().getFileName());
            listener.progress(10, 100, 100);
            String status = request.kind() == failing ? "failed" : "completed";
            return new ImportReport(imported.size(), request.file().toString(), "generic-csv", status, 10, 0,
                    List.of(), 0.1);
        }

        private static long size(Path p) {
            return p.toFile().length();
        }
    }

    private static final JobContext CONTEXT = new JobContext() {
        private final CancelToken token = new CancelToken();

        @Override
        public void progress(double fraction) {
            assertTrue(fraction <= 1.0, "progress " + fraction);
        }

        @Override
        public void message(String text) {
        }

        @Override
        public CancelToken cancelToken() {
            return token;
        }
    };

    private static List<String> readHeader(Path csv) {
        try (merchlab.csv.CsvRows rows = merchlab.csv.CsvRows.open(csv)) {
            return rows.next();
        }
    }

    @Test
    void aSampleWithAdsImportsItsCampaignsBeforeItsLog() {
        RecordingImporting importing = new RecordingImporting(null);
        new GeneratedSampleWorkspace(new ShopGenerator(), TINY.withAds(merchlab.sample.ads.AdSlots.sample()),
                importing).ensure(home.resolve("workspaces/sample.db"), CONTEXT);
        assertEquals(List.of("CATALOG products.csv", "CAMPAIGNS campaigns.csv", "EVENTS events.csv",
                "JUDGMENTS judgments.csv"), importing.imported);
    }

    @Test
    void theFirstStartGeneratesAndImportsTheSampleOnce() {
        RecordingImporting importing = new RecordingImporting(null);
        Path file = home.resolve("workspaces/sample.db");
        SampleWorkspace sample = new GeneratedSampleWorkspace(new ShopGenerator(), TINY, importing);
        Workspace ws = sample.ensure(file, CONTEXT);
        assertEquals(file.toAbsolutePath(), ws.file());
        assertEquals(List.of("CATALOG products.csv", "EVENTS events.csv", "JUDGMENTS judgments.csv"),
                importing.imported);
        assertFalse(Files.exists(home.resolve("workspaces/sample.db.part")));
        assertFalse(Files.exists(home.resolve("workspaces/sample.db.files")), "generated files are cleaned up");
        assertEquals(List.of("instruction", "intent"), readHeader(home.resolve("workspaces/sample-service-messages.csv"))
                .subList(0, 2), "the shoppers' labelled messages are kept for the Service section");
        sample.ensure(file, CONTEXT);
        assertEquals(3, importing.imported.size(), "the second start reuses the sample");
    }

    @Test
    void aFailedImportLeavesNoHalfSampleAndTheNextStartBuildsIt() {
        Path file = home.resolve("workspaces/sample.db");
        MerchLabException e = assertThrows(MerchLabException.class, () -> new GeneratedSampleWorkspace(
                new ShopGenerator(), TINY, new RecordingImporting(DataKind.EVENTS)).ensure(file, CONTEXT));
        assertEquals("the sample's events.csv did not import (failed)", e.getMessage());
        assertFalse(Files.exists(file));
        RecordingImporting working = new RecordingImporting(null);
        new GeneratedSampleWorkspace(new ShopGenerator(), TINY, working).ensure(file, CONTEXT);
        assertTrue(Files.isRegularFile(file));
        assertEquals(3, working.imported.size());
    }
}
