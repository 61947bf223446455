package merchlab.features;

import java.util.List;
import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.store.EmbeddingStore;
import merchlab.text.ProductVectors;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/**
 * A workspace's data as models read it, loaded on first use and kept for the job: the catalog, the product and query
 * embeddings, and the behaviour ({@link BehaviourLog}). Closing it closes the text encoder if one was opened.
 */
public final class ShopData implements AutoCloseable {
    private final Workspace workspace;
    private final Supplier<TextEncoder> encoderFactory;
    private ShopCatalog catalog;
    private CatalogVectors vectors;
    private QueryVectors queries;
    private TextEncoder encoder;
    private String encoderName;
    private final ShopData parent;
    private final BehaviourLog behaviour;

    /** @param encoderFactory opens the workspace's text encoder for queries without a cached vector; null when none */
    public ShopData(Workspace workspace, Supplier<TextEncoder> encoderFactory) {
        this.workspace = workspace;
        this.encoderFactory = encoderFactory;
        this.parent = null;
        this.behaviour = new WorkspaceBehaviour(workspace, this::catalog);
    }

    private ShopData(ShopData parent, BehaviourLog behaviour) {
        this.workspace = parent.workspace;
        this.encoderFactory = null;
        this.parent = parent;
        this.behaviour = behaviour;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ShopCatalog catalog() {
        if (parent != null) {
            return parent.catalog();
        }
        if (catalog == null) {
            catalog = ShopCatalog.load(workspace);
            if (catalog.size() == 0) {
                throw new MerchLabException("the workspace has no products: import a catalog first");
            }
        }
        return catalog;
    }

    /** The encoder the products were embedded with. */
    public String encoderName() {
        if (parent != null) {
            return parent.encoderName();
        }
        if (encoderName == null) {
            encoderName = new EmbeddingStore(workspace).encoder().orElseGet(this::onlyEncoder);
        }
        return encoderName;
    }

    private String onlyEncoder() {
        List<String> names = new EmbeddingStore(workspace).productEncoders();
        if (names.size() != 1) {
            throw new MerchLabException(names.isEmpty() ? "the products have no text embeddings yet: run merchlab encode"
                    : "the workspace has embeddings of several encoders (" + String.join(", ", names)
                    + ") and none is chosen: run merchlab encode");
        }
        return names.get(0);
    }

    /** Product embeddings aligned with the catalog; an error when no product has one. */
    public CatalogVectors vectors() {
        if (parent != null) {
            return parent.vectors();
        }
        if (vectors == null) {
            ProductVectors pv = ProductVectors.read(new EmbeddingStore(workspace), encoderName());
            vectors = new CatalogVectors(catalog(), pv);
            if (vectors.covered() == 0) {
                throw new MerchLabException("no product has a text embedding of encoder '" + encoderName()
                        + "': run merchlab encode");
            }
        }
        return vectors;
    }

    /** Query embeddings, encoded on demand with the workspace's encoder. */
    public QueryVectors queries() {
        if (parent != null) {
            return parent.queries();
        }
        if (queries == null) {
            queries = new QueryVectors(workspace, encoderName(), this::encoder);
        }
        return queries;
    }

    /** The text encoder, opened on first use. */
    public TextEncoder encoder() {
        if (parent != null) {
            return parent.encoder();
        }
        if (encoder == null) {
            if (encoderFactory == null) {
                throw new MerchLabException("a query needs the text encoder, and none is available here");
            }
            encoder = encoderFactory.get();
        }
        return encoder;
    }

    /** The behaviour models learn from and scoring reads: the workspace's, or a protocol's training split. */
    public BehaviourLog behaviour() {
        return behaviour;
    }

    /**
     * The same catalog, vectors, query vectors and encoder with another behaviour, for example a protocol's training
     * split ({@link SplitBehaviour}): they are shared, not loaded again, and closing the result closes none of them.
     */
    public ShopData withBehaviour(BehaviourLog other) {
        return new ShopData(this, other);
    }

    @Override
    public void close() {
        if (behaviour instanceof WorkspaceBehaviour own) {
            own.close();
        }
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
    }
}
