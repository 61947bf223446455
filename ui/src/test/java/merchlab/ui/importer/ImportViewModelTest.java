package merchlab.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import merchlab.browse.DataBrowser;
import merchlab.browse.PageRequest;
import merchlab.importer.DataKind;
import merchlab.ui.CsvProductImporting;
import merchlab.ui.RecordingProblems;
import merchlab.ui.task.runner.DeferredTaskRunner;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private final RecordingProblems problems = new RecordingProblems();
    private final DeferredTaskRunner runner = new DeferredTaskRunner(problems);
    private final List<String> finished = new ArrayList<>();
    private Workspace workspace;
    private ImportViewModel model;

    @BeforeEach
    void dialog() {
        workspace = Workspace.open(dir.resolve("shop.db"));
        model = new ImportViewModel(runner, problems, new CsvProductImporting(10), workspace, finished::add);
    }

    @Test
    void addingAFilePreviewsItsFirstRowsAndGuessesItsKind() {
        Path file = CsvProductImporting.writeCatalog(dir.resolve("catalog.csv"), "lamp", 30);
        model.addFiles(List.of(file));
        assertEquals(DataKind.CATALOG, model.kindProperty().get());
        assertEquals("Reading catalog.csv…", model.previewMessageProperty().get());
        runner.runAll();
        assertEquals(List.of("id", "title", "brand", "price"), model.previewProperty().get().columns());
        assertEquals(10, model.previewProperty().get().rows().size());
        assertTrue(model.previewMessageProperty().get().startsWith("Detected format: test-products-csv"));
    }

    @Test
    void anUnreadableFileSaysWhyInThePreview() throws Exception {
        Path file = Files.writeString(dir.resolve("clicks.csv"), "nonsense\n");
        model.addFiles(List.of(file));
        runner.runAll();
        assertNull(model.previewProperty().get());
        assertEquals("Cannot read clicks.csv: clicks.csv has no header row starting with id",
                model.previewMessageProperty().get());
        assertEquals(DataKind.EVENTS, model.kindProperty().get());
        assertEquals("clicks.csv: clicks.csv has no header row starting with id", model.unreadableProperty().get());
        assertFalse(model.canRunProperty().get(), "Import waits until the file can be read");
        model.removeFile(file);
        model.addFiles(List.of(CsvProductImporting.writeCatalog(dir.resolve("catalog.csv"), "c", 3)));
        assertFalse(model.canRunProperty().get(), "not before the check has read the file");
        runner.runAll();
        assertEquals("", model.unreadableProperty().get());
        assertTrue(model.canRunProperty().get());
    }

    @Test
    void runningImportsEveryFileAndListsRejectedRows() {
        model.addFiles(List.of(CsvProductImporting.writeCatalog(dir.resolve("catalog-a.csv"), "a", 25),
                CsvProductImporting.writeCatalog(dir.resolve("catalog-b.csv"), "b", 5)));
        runner.runAll();
        model.run();
        assertEquals(ImportViewModel.Phase.RUNNING, model.phaseProperty().get());
        assertFalse(model.canRunProperty().get());
        runner.runAll();
        assertEquals(ImportViewModel.Phase.DONE, model.phaseProperty().get());
        assertEquals(2, model.outcomes().size());
        assertEquals(25, model.outcomes().get(0).accepted());
        assertEquals(4, model.rejections().size());
        assertEquals("Imported 30 rows from 2 files; 4 rows rejected", model.resultProperty().get());
        assertEquals(List.of("Imported 30 rows from 2 files; 4 rows rejected"), finished);
        assertEquals(30, new DataBrowser(workspace).products(PageRequest.first(10)).total());
        assertEquals(1.0, model.progressProperty().get(), 1e-9);
    }

    @Test
    void aFailingFileDoesNotStopTheOthersAndIsReported() throws Exception {
        Path gone = CsvProductImporting.writeCatalog(dir.resolve("gone.csv"), "g", 3);
        model.addFiles(List.of(gone, CsvProductImporting.writeCatalog(dir.resolve("catalog.csv"), "c", 3)));
        model.chooseKind(DataKind.CATALOG);
        runner.runAll();
        Files.delete(gone); // removed after it was checked
        model.run();
        runner.runAll();
        assertEquals("failed", model.outcomes().get(0).status());
        assertTrue(model.outcomes().get(0).note().contains("gone.csv"), model.outcomes().get(0).note());
        assertEquals("partial", model.outcomes().get(1).status(), "3 rows kept and 2 rejected: amber, not green");
        assertEquals("Imported 3 rows from 1 file; 2 rows rejected; 1 file failed", model.resultProperty().get());
        assertEquals(1, problems.reports.size());
        assertTrue(problems.reports.get(0).startsWith("Importing gone.csv failed: "), problems.reports::toString);
    }

    @Test
    void cancellingStopsAtABatchBoundaryAndSkipsTheRest() {
        CsvProductImporting real = new CsvProductImporting(10);
        ImportViewModel[] self = new ImportViewModel[1];
        Importing pressingCancel = new Importing() { // the user presses cancel when the first batch lands
            @Override
            public merchlab.importer.ImportPreview preview(Workspace ws, merchlab.importer.ImportRequest request) {
                return real.preview(ws, request);
            }

            @Override
            public merchlab.importer.ImportReport run(Workspace ws, merchlab.importer.ImportRequest request,
                                                      merchlab.importer.ImportListener listener,
                                                      merchlab.CancelToken cancel) {
                return real.run(ws, request, (rows, bytes, total) -> {
                    listener.progress(rows, bytes, total);
                    self[0].cancel();
                }, cancel);
            }
        };
        model = new ImportViewModel(runner, problems, pressingCancel, workspace, finished::add);
        self[0] = model;
        model.addFiles(List.of(CsvProductImporting.writeCatalog(dir.resolve("catalog-a.csv"), "a", 95),
                CsvProductImporting.writeCatalog(dir.resolve("catalog-b.csv"), "b", 5)));
        runner.runAll();
        model.run();
        runner.runAll();
        assertEquals(1, model.outcomes().size(), "the second file never started");
        assertEquals("cancelled", model.outcomes().get(0).status());
        assertTrue(model.resultProperty().get().startsWith("Cancelled: imported 9 rows"),
                model.resultProperty().get());
        assertTrue(problems.reports.isEmpty());
    }

    @Test
    void choosingAFormatPreviewsAgainAndAutoMeansDetect() {
        model.addFiles(List.of(CsvProductImporting.writeCatalog(dir.resolve("feed.csv"), "f", 2)));
        runner.runAll();
        model.chooseFormat(CsvProductImporting.FORMAT);
        assertEquals(CsvProductImporting.FORMAT, model.formatProperty().get());
        assertEquals(2, runner.pending(), "the preview again, and the check of every chosen file");
        model.chooseFormat("auto");
        assertEquals("", model.formatProperty().get());
        runner.runAll();
        assertEquals(List.of(CsvProductImporting.FORMAT), model.formats());
    }

    @Test
    void aStalePreviewNeverReplacesANewerOne() throws Exception {
        Path first = CsvProductImporting.writeCatalog(dir.resolve("catalog-1.csv"), "x", 3);
        Path second = Files.writeString(dir.resolve("catalog-2.csv"), "id,title,brand,price\nz1,Zed,Zeta,1.00\n");
        model.addFiles(List.of(first, second));
        model.showPreviewOf(second);
        runner.runAll();
        assertEquals(second, model.previewFileProperty().get());
        assertEquals(1, model.previewProperty().get().rows().size());
    }

    @Test
    void removingTheLastFileClearsThePreview() {
        Path file = CsvProductImporting.writeCatalog(dir.resolve("catalog.csv"), "r", 2);
        model.addFiles(List.of(file));
        runner.runAll();
        model.removeFile(file);
        assertNull(model.previewProperty().get());
        assertFalse(model.canRunProperty().get());
    }

    @Test
    void eachFileHoldsWhatItsContentShowsUnlessTheUserSaysOtherwise() throws Exception {
        List<merchlab.importer.ImportRequest> imported = new ArrayList<>();
        model = new ImportViewModel(runner, problems, byContent(imported), workspace, finished::add);
        Path events = Files.writeString(dir.resolve("export-1.csv"), "timestamp,user_id,event_type\n");
        Path catalog = CsvProductImporting.writeCatalog(dir.resolve("export-2.csv"), "c", 3);
        Path judged = Files.writeString(dir.resolve("export-3.csv"), "query,product_id,grade\n");
        model.addFiles(List.of(events, catalog, judged));
        assertEquals(List.of(DataKind.EVENTS, DataKind.EVENTS, DataKind.EVENTS), kinds(), "names tell nothing");
        runner.runAll();
        assertEquals(List.of(DataKind.EVENTS, DataKind.CATALOG, DataKind.JUDGMENTS), kinds());
        assertEquals(ChosenFile.KindSource.CONTENT, model.files().get(1).source());

        model.showPreviewOf(judged);
        model.chooseKind(DataKind.EVENTS);
        runner.runAll();
        assertEquals(List.of(DataKind.EVENTS, DataKind.CATALOG, DataKind.EVENTS), kinds(), "the user's word stands");
        assertEquals(ChosenFile.KindSource.USER, model.files().get(2).source());
        assertEquals(DataKind.EVENTS, model.kindProperty().get(), "the kind shown is the previewed file's");
        model.showPreviewOf(catalog);
        assertEquals(DataKind.CATALOG, model.kindProperty().get());
        assertEquals(List.of(CsvProductImporting.FORMAT), model.formats());

        model.run();
        runner.runAll();
        assertEquals(List.of(catalog, events, judged), imported.stream().map(r -> r.file()).toList(),
                "catalogs first, then behaviour logs in the order added");
        assertEquals(List.of(DataKind.CATALOG, DataKind.EVENTS, DataKind.EVENTS),
                imported.stream().map(r -> r.kind()).toList());
    }

    @Test
    void aHeaderNoFormatKnowsIsReadOnceItsColumnsAreMapped() throws Exception {
        model = new ImportViewModel(runner, problems, engine(), workspace, finished::add);
        Path file = Files.writeString(dir.resolve("export.csv"),
                "Code,Label,Cost\nA1,Red Mug,5.00 USD\nA2,Blue Mug,6.00 USD\n");
        model.addFiles(List.of(file));
        model.chooseKind(DataKind.CATALOG);
        runner.runAll();
        assertEquals(new merchlab.importer.ColumnGap("merchant-csv", List.of("id", "title"),
                List.of("code", "label", "cost")), model.columnGapProperty().get());
        assertTrue(model.unreadableProperty().get().startsWith("export.csv: cannot tell the format"),
                model.unreadableProperty().get());
        assertTrue(model.unreadableProperty().get().contains("map its columns to a format's under Columns or choose "
                + "its format under Format"), model.unreadableProperty().get());
        assertFalse(model.canRunProperty().get());

        model.mapColumn("id", "code");
        model.mapColumn("title", "label");
        runner.runAll();
        assertEquals(java.util.Map.of("code", "id", "label", "title"), model.files().get(0).columns());
        assertEquals("code", model.previewed().columnFor("id"));
        assertEquals("", model.unreadableProperty().get());
        assertEquals("merchant-csv", model.previewProperty().get().format());
        model.run();
        runner.runAll();
        assertEquals("Imported 2 rows from 1 file", model.resultProperty().get());
        model.mapColumn("title", null);
        assertEquals(java.util.Map.of("code", "id"), model.files().get(0).columns(), "(none) maps nothing");
    }

    /** The engine's importers, as the desktop binds them. */
    private static Importing engine() {
        return new Importing() {
            @Override
            public merchlab.importer.ImportPreview preview(Workspace ws, merchlab.importer.ImportRequest request) {
                return new merchlab.importer.ImportService(ws).preview(request);
            }

            @Override
            public merchlab.importer.ImportReport run(Workspace ws, merchlab.importer.ImportRequest request,
                                                      merchlab.importer.ImportListener listener,
                                                      merchlab.CancelToken cancel) {
                return new merchlab.importer.ImportService(ws).run(request, listener, cancel);
            }

            @Override
            public java.util.Optional<merchlab.importer.ColumnGap> columnGap(merchlab.importer.ImportRequest request) {
                return merchlab.importer.ImportService.columnGap(request);
            }
        };
    }

    @Test
    void theDialogSpeaksOfItsFormatListNotOfTheCommandLine() {
        assertEquals("cannot tell the format of x.csv; choose its format under Format (a, b)",
                ImportViewModel.inWords("cannot tell the format of x.csv; pass --format (a, b)"));
        assertEquals("the header lacks its column id; map the header's column to it under Columns or choose its "
                + "format under Format", ImportViewModel.inWords("the header lacks its column id; map the header's "
                + "column to it (--column NAME=id) or pass --format"));
    }

    private List<DataKind> kinds() {
        return model.files().stream().map(ChosenFile::kind).toList();
    }

    /** The test importer, telling a file's kind by its header, reading only headers of other kinds, recording runs. */
    private static Importing byContent(List<merchlab.importer.ImportRequest> imported) {
        CsvProductImporting real = new CsvProductImporting(10);
        return new Importing() {
            @Override
            public merchlab.importer.ImportPreview preview(Workspace ws, merchlab.importer.ImportRequest request) {
                return request.kind() == DataKind.CATALOG ? real.preview(ws, request)
                        : new merchlab.importer.ImportPreview("header-only", List.of(), List.of());
            }

            @Override
            public merchlab.importer.ImportReport run(Workspace ws, merchlab.importer.ImportRequest request,
                                                      merchlab.importer.ImportListener listener,
                                                      merchlab.CancelToken cancel) {
                imported.add(request);
                return real.run(ws, request, listener, cancel);
            }

            @Override
            public List<String> formats(DataKind kind) {
                return real.formats(kind);
            }

            @Override
            public java.util.Optional<DataKind> kindOf(Path file) {
                try {
                    String header = Files.readAllLines(file).get(0);
                    return java.util.Optional.ofNullable(header.startsWith("id,") ? DataKind.CATALOG
                            : header.startsWith("query,") ? DataKind.JUDGMENTS : null);
                } catch (java.io.IOException e) {
                    return java.util.Optional.empty();
                }
            }
        };
    }

    @Test
    void kindGuessesFollowTheFileName() {
        assertEquals(DataKind.CATALOG, ImportViewModel.guessKind(Path.of("products_2024.jsonl")));
        assertEquals(DataKind.JUDGMENTS, ImportViewModel.guessKind(Path.of("judgments.csv")));
        assertEquals(DataKind.EVENTS, ImportViewModel.guessKind(Path.of("ga4-export.jsonl")));
        assertEquals(DataKind.CATALOG, ImportViewModel.guessKind(Path.of("ml-100k.item")));
    }
}
