package merchlab.importer;

import static merchlab.importer.RejectionTexts.withoutText;
import static merchlab.importer.Fixtures.column;
import static merchlab.importer.Fixtures.copy;
import static merchlab.importer.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentImportTest {
    @TempDir
    Path dir;

    @Test
    void csvGradesAreNumbersOrEsciLetters() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportReport r = load(ws, copy("judgments.csv", dir), DataKind.JUDGMENTS);
        assertEquals("judgments-csv", r.format());
        assertEquals(5, r.accepted());
        assertEquals(List.of(
                new Rejection("judgments.csv", 7, "grade 'great' is neither a number nor E, S, C or I"),
                new Rejection("judgments.csv", 8, "missing product_id")), withoutText(r.rejections()));
        assertEquals(List.of("YM-1=1.0", "YM-2=0.1", "YM-3=0.01", "YM-4=0.0", "YM-5=0.5"),
                column(ws, "SELECT product_id || '=' || grade FROM judgments ORDER BY product_id"));
    }

    @Test
    void openSearchJudgmentListWithRatingsAtTheirLines() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportReport r = load(ws, copy("judgments.json", dir), DataKind.JUDGMENTS);
        assertEquals("opensearch-judgments", r.format());
        assertEquals(3, r.accepted());
        assertEquals(List.of(new Rejection("judgments.json", 10, "missing docId")), withoutText(r.rejections()));
        assertEquals(List.of("dumbbells|DB-1|0.0", "yoga mat|YM-1|100.0", "yoga mat|YM-2|10.0"),
                column(ws, "SELECT query || '|' || product_id || '|' || grade FROM judgments ORDER BY 1"));
    }

    @Test
    void importingAgainReplacesGrades() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        Path file = copy("judgments.csv", dir);
        load(ws, file, DataKind.JUDGMENTS);
        load(ws, file, DataKind.JUDGMENTS);
        assertEquals(List.of("5"), column(ws, "SELECT count(*) FROM judgments"));
    }
}
