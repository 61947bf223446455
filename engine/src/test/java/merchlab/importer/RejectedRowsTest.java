package merchlab.importer;

import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.browse.DataBrowser;
import merchlab.browse.PageRequest;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rejected row keeps its text beside the reason, a file that cannot be imported at all is listed, kinds detected. */
class RejectedRowsTest {
    @TempDir
    Path dir;

    @Test
    void aRejectedRowIsShownAsTheFileWroteIt() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportReport r = load(ws, copy("catalog.csv", dir), DataKind.CATALOG);
        assertEquals(List.of(",Nameless Mug,,,,in_stock,5.00 USD,,Contoso,,,,,Kitchen > Mugs,,,,,,,,",
                        "MUG-1,Stoneware Mug,,,,in_stock,cheap,,Contoso,,,,,Kitchen > Mugs,,,,,,,,"),
                r.rejections().stream().map(Rejection::text).toList());
        List<Rejection> browsed = new DataBrowser(ws).rejections(r.id(), PageRequest.first(10)).rows();
        assertEquals(r.rejections(), browsed, "the Data view pages the same rows with their text");
    }

    @Test
    void aGzippedTabSeparatedRowShowsItsTabsAndALongRowIsShortened() throws Exception {
        Path file = dir.resolve("shop.inter.gz");
        String longTitle = "x".repeat(500);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("user_id:token\titem_id:token\ttimestamp:float\n1\t7\t881250949\n\n2\t\t881250950\n3\t"
                    + longTitle + "\tsoon\n").getBytes(StandardCharsets.UTF_8));
        }
        ImportReport r = load(Workspace.open(dir.resolve("ws.db")), file, DataKind.EVENTS);
        assertEquals(2, r.rejected(), r.rejections().toString());
        assertEquals(4, r.rejections().get(0).line(), "the blank line 3 is counted");
        assertEquals("2\u21E5\u21E5881250950", r.rejections().get(0).text());
        String shortened = r.rejections().get(1).text();
        assertEquals(300, shortened.length());
        assertTrue(shortened.startsWith("3\u21E5xxx") && shortened.endsWith("..."), shortened);
    }

    @Test
    void aPseudonymisedImportKeepsNoRowText() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportReport r = new ImportService(ws).run(new ImportRequest(copy("shopify-orders.csv", dir),
                DataKind.EVENTS, null, true), ImportListener.NONE, CancelToken.none());
        assertEquals(1, r.rejections().size());
        assertNull(r.rejections().get(0).text(), "the row holds the shopper's own id");
    }

    @Test
    void aFileThatCannotBeImportedAtAllIsListedWithTheReason() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        Path odd = Files.writeString(dir.resolve("notes.csv"), "colour,weight\nred,3\n");
        ImportService service = new ImportService(ws);
        MerchLabException e = assertThrows(MerchLabException.class, () -> load(ws, odd, DataKind.CATALOG));
        List<ImportReport> listed = service.reports();
        assertEquals(1, listed.size());
        assertEquals("failed", listed.get(0).status());
        assertEquals(odd.toString(), listed.get(0).file());
        assertEquals(e.getMessage(), service.details(listed.get(0).id()).message());
        assertEquals(0, new DataBrowser(ws).products(PageRequest.first(1)).total(), "nothing else was written");
    }

    @Test
    void theContentTellsWhatAFileHolds() throws Exception {
        assertEquals(Optional.of(DataKind.CATALOG), ImportService.kindOf(copy("catalog.csv", dir)));
        assertEquals(Optional.of(DataKind.EVENTS), ImportService.kindOf(copy("ga4.jsonl", dir)));
        assertEquals(Optional.of(DataKind.JUDGMENTS), ImportService.kindOf(copy("judgments.csv", dir)));
        assertEquals(Optional.empty(), ImportService.kindOf(Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n")));
        assertEquals(Optional.empty(), ImportService.kindOf(dir.resolve("missing.csv")));
    }
}
