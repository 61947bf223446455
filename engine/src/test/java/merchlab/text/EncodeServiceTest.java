package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.catalog.Product;
import merchlab.store.EmbeddingStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding a workspace: caching by text hash, the automatic encoder choice, progress and cancellation. */
class EncodeServiceTest {
    @TempDir
    Path dir;

    private final List<HashingEncoder> opened = new ArrayList<>();

    private EncodeService service(Workspace ws) {
        return new EncodeService(ws, name -> {
            HashingEncoder e = new HashingEncoder(name, 16);
            opened.add(e);
            return e;
        }, new EncoderChoice(0.10), 2);
    }

    private static List<Product> englishCatalog(int n) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            products.add(CatalogFixture.product(String.format("p%03d", i), "Product number " + i, "Brand", "Home > Kitchen",
                    10.0 + i, null, null));
        }
        return products;
    }

    @Test
    void embedsEveryProductOnceAndOnlyNewOrChangedOnesAgain() {
        Workspace ws = CatalogFixture.workspace(dir, englishCatalog(150));
        EncodeReport first = service(ws).encode("auto", EncodeListener.NONE, CancelToken.none());
        assertEquals("en", first.encoder());
        assertEquals(150, first.embedded());
        assertEquals(Optional.of("en"), new EmbeddingStore(ws).encoder());
        assertEquals(150, ProductVectors.read(new EmbeddingStore(ws), "en").size());

        CatalogFixture.write(ws, List.of(CatalogFixture.product("p001", "Renamed product", "Brand", "Home > Kitchen", 11.0,
                null, null), CatalogFixture.product("p999", "A new product", "Brand", "Home > Kitchen", 5.0, null, null)), 2L);
        CatalogFixture.delete(ws, "p002");
        EncodeReport second = service(ws).encode("auto", EncodeListener.NONE, CancelToken.none());
        assertEquals(2, second.embedded());
        assertEquals(148, second.reused());
        assertEquals(1, second.removed());
        assertEquals(2, opened.get(1).encoded.get());
        ProductVectors vectors = ProductVectors.read(new EmbeddingStore(ws), "en");
        assertEquals(150, vectors.size());
        float[] renamed = vectors.vector(vectors.row("p001").orElseThrow());
        float[] expected = new HashingEncoder("en", 16).encode(ProductText.compose(CatalogFixture.product("p001",
                "Renamed product", "Brand", "Home > Kitchen", 11.0, null, null)));
        assertEquals(1.0, Vectors.dot(renamed, expected), 1e-6);

        EncodeReport third = service(ws).encode("en", EncodeListener.NONE, CancelToken.none());
        assertEquals(0, third.embedded());
        assertTrue(opened.size() == 2, "nothing to embed opens no encoder");
    }

    @Test
    void autoChoosesChineseForAChineseCatalogAndRecordsIt() {
        Workspace ws = CatalogFixture.workspace(dir, CatalogFixture.products());
        EncodeReport report = service(ws).encode("auto", EncodeListener.NONE, CancelToken.none());
        assertEquals("zh", report.encoder());
        assertTrue(report.automatic());
        assertTrue(report.cjkShare() > 0.2 && report.cjkShare() < 0.3, "share " + report.cjkShare());
        assertEquals(Optional.of("zh"), ws.meta(EmbeddingStore.ENCODER_SETTING));
        assertEquals(List.of("zh", "en"), report.encoders(), "half the products are English: both encoders");
        assertEquals(List.of("zh", "en"), new EmbeddingStore(ws).encoders());
        assertEquals(24, report.embedded());
        assertEquals(12, ProductVectors.read(new EmbeddingStore(ws), "en").size());
        assertEquals(12 * 16 * 4, new EmbeddingStore(ws).bytes("en"));
    }

    @Test
    void reportsProgressAndWarnsAboutProductsWithoutText() {
        List<Product> products = new ArrayList<>(englishCatalog(100));
        products.add(CatalogFixture.product("blank", " ", null, null, 1.0, null, null));
        Workspace ws = CatalogFixture.workspace(dir, products);
        List<int[]> progress = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        EncodeReport report = service(ws).encode("en", new EncodeListener() {
            @Override
            public void progress(int embedded, int toEmbed) {
                progress.add(new int[] {embedded, toEmbed});
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }, CancelToken.none());
        assertEquals(1, report.emptyText());
        assertEquals(List.of("1 product(s) have no text and get the zero vector"), warnings);
        assertEquals(0, progress.get(0)[0]);
        assertEquals(101, progress.get(progress.size() - 1)[0]);
        assertEquals(101, progress.get(progress.size() - 1)[1]);
    }

    @Test
    void cancellingStopsAtABatchBoundaryAndKeepsWhatWasStored() {
        Workspace ws = CatalogFixture.workspace(dir, englishCatalog(400));
        CancelToken cancel = new CancelToken();
        assertThrows(CancelledException.class, () -> service(ws).encode("en", new EncodeListener() {
            @Override
            public void progress(int embedded, int toEmbed) {
                if (embedded > 0) {
                    cancel.cancel();
                }
            }
        }, cancel));
        int stored = new EmbeddingStore(ws).count("en", "product");
        assertTrue(stored > 0 && stored < 400, "stored " + stored);
        EncodeReport resumed = service(ws).encode("en", EncodeListener.NONE, CancelToken.none());
        assertEquals(400 - stored, resumed.embedded());
    }

    @Test
    void largeCatalogsGoToTheEncoderInLargeCallsSmallOnesInAtLeastEightCallsPerThread() {
        assertEquals(EncodeService.BATCH, EncodeService.callSize(100_000, 2));
        assertEquals(50, EncodeService.callSize(800, 2));
        assertEquals(EncodeService.MIN_BATCH, EncodeService.callSize(400, 2));
        assertEquals(EncodeService.MIN_BATCH, EncodeService.callSize(3, 2));
    }
}
