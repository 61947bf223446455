package merchlab.eval.judged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportListener;
import merchlab.importer.ImportRequest;
import merchlab.importer.ImportService;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judgments given by hand carry their rater; imported ones the rater "import"; kinds are kept per query. */
class RatingsTest {
    @TempDir
    Path dir;

    @Test
    void importedJudgmentsAreByImportAndAHandRatingReplacesTheGradeWithItsRater() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        Path csv = dir.resolve("judgments.csv");
        Files.writeString(csv, "query,product_id,grade\nred shirt,P1,E\nred shirt,P2,I\n");
        new ImportService(ws).run(ImportRequest.of(csv, DataKind.JUDGMENTS), ImportListener.NONE, CancelToken.none());
        Ratings ratings = new Ratings(ws);
        Ratings.Rating imported = ratings.of("red shirt").get("P2");
        assertEquals(new Ratings.Rating("P2", 0.0, Ratings.IMPORT, null), imported);

        ratings.rate("red shirt", "P2", 0.1, "ana", 1_700_000_000_000L);
        ratings.rate("red shirt", "P3", 0.01, "ana", 1_700_000_000_001L);

        Map<String, Ratings.Rating> now = ratings.of("red shirt");
        assertEquals(new Ratings.Rating("P2", 0.1, "ana", 1_700_000_000_000L), now.get("P2"));
        assertEquals("ana", now.get("P3").rater());
        assertEquals(Ratings.IMPORT, now.get("P1").rater());
        assertEquals(Map.of("P1", 1.0, "P2", 0.1, "P3", 0.01), Judgments.load(ws, 1).of("red shirt"));

        new ImportService(ws).run(ImportRequest.of(csv, DataKind.JUDGMENTS), ImportListener.NONE, CancelToken.none());
        assertEquals(new Ratings.Rating("P2", 0.0, Ratings.IMPORT, null), ratings.of("red shirt").get("P2"),
                "an imported grade replaces the hand grade and says it is imported");
        assertEquals("ana", ratings.of("red shirt").get("P3").rater(), "a grade the file does not name stays");
    }

    @Test
    void aRatingWithoutARaterOrWithANegativeGradeIsRefused() {
        Ratings ratings = new Ratings(Workspace.open(dir.resolve("shop.db")));
        MerchLabException noRater = assertThrows(MerchLabException.class,
                () -> ratings.rate("red shirt", "P1", 1.0, " ", 1));
        assertTrue(noRater.getMessage().contains("rater"), noRater.getMessage());
        assertThrows(MerchLabException.class, () -> ratings.rate("red shirt", "P1", -1, "ana", 1));
        assertThrows(MerchLabException.class, () -> ratings.rate("red shirt", "P1", Double.NaN, "ana", 1));
    }

    @Test
    void gradesReadAsTheirEsciNames() {
        assertEquals("Substitute", Ratings.label(0.1));
        assertEquals("0.50", Ratings.label(0.5));
    }

    @Test
    void queryKindsAreReadFromAQuerySetAndKeptInTheWorkspace() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        Path csv = dir.resolve("queries.csv");
        Files.writeString(csv, "query,lang,kind,category\nred shirt,en,exact,Apparel\n茶杯,zh,paraphrase,Home\n");
        assertEquals(2, QueryKinds.store(ws, QueryKinds.readCsv(csv)));
        assertEquals(Map.of("red shirt", "exact", "茶杯", "paraphrase"), QueryKinds.read(ws));
        assertEquals("zh", QueryKinds.language("茶杯"));
        assertNull(QueryKinds.read(ws).get("blue shirt"));
        Files.writeString(csv, "query,grade\nred shirt,1\n");
        assertThrows(MerchLabException.class, () -> QueryKinds.readCsv(csv));
        assertThrows(MerchLabException.class, () -> QueryKinds.readCsv(dir.resolve("missing.csv")));
    }
}
