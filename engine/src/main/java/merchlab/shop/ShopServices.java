package merchlab.shop;

import java.util.function.Function;
import merchlab.features.ShopData;
import merchlab.importer.ImportService;
import merchlab.importer.ImportSettings;
import merchlab.model.ModelKinds;
import merchlab.prepare.WorkspacePreparation;
import merchlab.scoring.ShopExplorer;
import merchlab.scoring.ShopScorers;
import merchlab.search.ProductSearch;
import merchlab.store.ModelStore;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;

/**
 * How every part of MerchLab reaches a workspace's services: the model kinds it trains and scores, its data with the
 * text encoder opened on demand, its product search, its preparation and its imports. A composition root builds one
 * ({@link #installed()}, or one with test encoders) and hands it to the commands and the views, so that none of them
 * rebuilds the chain.
 *
 * @param kinds       the model kinds to train, open and evaluate
 * @param data        opens a workspace's data for training and scoring (the caller closes it)
 * @param search      opens a workspace's product search (the caller closes it)
 * @param preparation a workspace's preparation (encode, index, default models)
 */
public record ShopServices(ModelKinds kinds, Function<Workspace, ShopData> data,
                           Function<Workspace, ProductSearch> search,
                           Function<Workspace, WorkspacePreparation> preparation) {
    /** The real encoders, the installed model kinds and the default training settings. */
    public static ShopServices installed() {
        return new ShopServices(ModelKinds.installed(), ws -> new ShopData(ws, () -> Encoders.openFor(ws)),
                ProductSearch::open, WorkspacePreparation::create);
    }

    /** The same services with other model kinds. */
    public ShopServices withKinds(ModelKinds other) {
        return new ShopServices(other, data, search, preparation);
    }

    /** The workspace's data; the caller closes it. */
    public ShopData data(Workspace workspace) {
        return data.apply(workspace);
    }

    /** The workspace's product search; the caller closes it. */
    public ProductSearch search(Workspace workspace) {
        return search.apply(workspace);
    }

    /** The workspace's preparation. */
    public WorkspacePreparation preparation(Workspace workspace) {
        return preparation.apply(workspace);
    }

    /** The workspace's saved models. */
    public ModelStore models(Workspace workspace) {
        return new ModelStore(workspace);
    }

    /** The workspace's imports and their reports. */
    public ImportService imports(Workspace workspace) {
        return new ImportService(workspace);
    }

    /** The workspace's imports, run with other settings (a bid cap, for example). */
    public ImportService imports(Workspace workspace, ImportSettings settings) {
        return new ImportService(workspace, settings);
    }

    /** Ranks for shoppers and queries with the workspace's saved models over {@code data}; the caller closes it. */
    public ShopScorers scorers(ShopData data) {
        return new ShopScorers(data, kinds, new ModelStore(data.workspace()));
    }

    /** The shop's sponsored products over {@code data}: campaigns, auctions and the replay; the caller closes it. */
    public AdAuctions ads(ShopData data) {
        return new AdAuctions(data, scorers(data), () -> search(data.workspace()));
    }

    /** What Explore shows for a visit, over {@code data}, with the product search opened on first use. */
    public ShopExplorer explorer(ShopData data) {
        return new ShopExplorer(data, kinds, new ModelStore(data.workspace()), () -> search(data.workspace()));
    }
}
