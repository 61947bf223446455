package merchlab.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.ModelKinds;
import merchlab.model.TrainingSettings;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.EncodeService;
import merchlab.text.EncoderChoice;
import merchlab.text.HashingEncoder;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing a freshly imported shop: vectors, search index and the default models, once, with progress and cancel. */
class WorkspacePreparationTest {
    @TempDir
    Path dir;

    private static WorkspacePreparation preparation(Workspace ws) {
        return new WorkspacePreparation(ws, new EncodeService(ws, name -> new HashingEncoder(name, 16),
                EncoderChoice.DEFAULT, 1), w -> new ShopData(w, () -> new HashingEncoder("en", 16)),
                ModelKinds.installed(), TrainingSettings.defaults().withEpochs(1).withDevice("cpu").withBatchSize(256));
    }

    /** A small shop as an import leaves it: products and events, no vectors, no index, no models. */
    private Workspace imported(boolean withEvents) {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 80;
        shop.shoppers = 30;
        shop.days = 8;
        shop.requestsPerDay = 40;
        shop.dimension = 16;
        Workspace ws = shop.write(dir.resolve("shop.db"));
        try (Connection c = ws.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM embeddings");
            st.executeUpdate("DELETE FROM meta WHERE key = 'encoder'");
            if (!withEvents) {
                st.executeUpdate("DELETE FROM events");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ws;
    }

    @Test
    void embedsIndexesAndTrainsEveryDefaultKindThenHasNothingLeftToDo() {
        Workspace ws = imported(true);
        Readiness before = preparation(ws).readiness();
        assertFalse(before.ready());
        assertFalse(before.encoded());
        assertFalse(before.searchIndexed());
        assertEquals(WorkspacePreparation.DEFAULT_KINDS, before.missingModels());

        List<Double> fractions = new ArrayList<>();
        PrepareReport report = preparation(ws).prepare((step, fraction) -> fractions.add(fraction), CancelToken.none());

        assertEquals(80, report.embedded());
        assertEquals(80, report.searchIndexed());
        assertEquals(WorkspacePreparation.DEFAULT_KINDS, report.trained().stream().map(PrepareReport.Trained::kind).toList());
        assertEquals(List.of(), report.notes());
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        }
        Readiness after = preparation(ws).readiness();
        assertTrue(after.ready(), after.toString());

        PrepareReport again = preparation(ws).prepare(PrepareListener.NONE, CancelToken.none());
        assertEquals(0, again.embedded());
        assertEquals(80, again.reused());
        assertEquals(List.of(), again.trained());
        assertEquals(WorkspacePreparation.DEFAULT_KINDS, again.kept());
        assertEquals(4, new ModelStore(ws).list().size());
    }

    @Test
    void cancellingKeepsTheVectorsAndTheModelsAlreadyTrained() {
        Workspace ws = imported(true);
        CancelToken cancel = new CancelToken();
        assertThrows(CancelledException.class, () -> preparation(ws).prepare((step, fraction) -> {
            if (step.startsWith("Training the ranker")) {
                cancel.cancel();
            }
        }, cancel));
        Readiness after = preparation(ws).readiness();
        assertTrue(after.encoded());
        assertTrue(after.searchIndexed());
        assertEquals(List.of("popularity", "cooccurrence", "semantic"), after.models());
        assertEquals(List.of("cooccurrence", "popularity", "semantic"),
                new ModelStore(ws).list().stream().map(SavedModel::kind).sorted().toList());
    }

    @Test
    void aCatalogWithoutLogsIsEncodedAndIndexedAndSaysWhyNoModelWasTrained() {
        Workspace ws = imported(false);
        PrepareReport report = preparation(ws).prepare(PrepareListener.NONE, CancelToken.none());
        assertEquals(80, report.embedded());
        assertEquals(List.of(), report.trained());
        assertEquals(List.of("no behaviour log: import one to train models"), report.notes());
        assertTrue(preparation(ws).readiness().ready());
    }

    @Test
    void anEmptyWorkspaceAsksForACatalog() {
        Workspace ws = Workspace.open(dir.resolve("empty.db"));
        MerchLabException e = assertThrows(MerchLabException.class,
                () -> preparation(ws).prepare(PrepareListener.NONE, CancelToken.none()));
        assertEquals("the workspace has no products: import a catalog first", e.getMessage());
    }
}
