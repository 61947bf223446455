package merchlab.features;

import java.util.HashMap;
import java.util.Map;

/** Keeps each shopper's profile and its stored embedding snapshot while the log is replayed. */
final class Profiles {
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final Map<Integer, ShopperProfile> byShopper = new HashMap<>();
    private final Map<Integer, int[]> snapshotOf = new HashMap<>();

    Profiles(ShopCatalog catalog, CatalogVectors vectors) {
        this.catalog = catalog;
        this.vectors = vectors;
    }

    ShopperProfile of(int shopper) {
        if (shopper < 0) {
            return new ShopperProfile(catalog, vectors);
        }
        return byShopper.computeIfAbsent(shopper, s -> new ShopperProfile(catalog, vectors));
    }

    /** Snapshot number of the shopper's current profile embedding, storing it when it changed; -1 without one. */
    int snapshot(int shopper, ShopperProfile profile, float[] vector, TrainingExamples examples) {
        if (shopper < 0 || !profile.hasEmbedding()) {
            return -1;
        }
        int[] cached = snapshotOf.get(shopper);
        if (cached != null && cached[0] == profile.version()) {
            return cached[1];
        }
        int id = examples.addSnapshot(vector);
        snapshotOf.put(shopper, new int[] {profile.version(), id});
        return id;
    }
}
