package merchlab.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import merchlab.ui.task.Problems;
import merchlab.ui.task.TaskRunner;
import merchlab.workspace.Workspace;

/**
 * What every section of the window shares: the open workspace, the task runner, the problem display, and
 * notifications that the workspace's data changed. Implemented by the main window's view-model.
 */
public interface Workbench {
    /** The open workspace, or {@code null} while none is open yet; changes on the UI thread. */
    ReadOnlyObjectProperty<Workspace> workspaceProperty();

    /** Goes up by one whenever the open workspace's data changed (an import finished, a model was trained). */
    ReadOnlyLongProperty dataVersionProperty();

    TaskRunner tasks();

    Problems problems();

    /** Tells every section that the workspace's data changed, so they reload what they show. */
    void dataChanged();

    /** Shows a short line in the status bar. */
    void announce(String text);

    /** Opens the import dialog. */
    void requestImport();

    /**
     * Prepares the open workspace in the background (text vectors, search index, default models; see
     * {@link merchlab.prepare.WorkspacePreparation}) with progress and cancel in the status bar.
     */
    void requestPrepare();

    /** True while the open workspace is being prepared. */
    ReadOnlyBooleanProperty preparingProperty();

    /** Shows another section of the window ("explore", "evaluate", ...). */
    void showSection(String id);

    /**
     * Opens the Explain section on a product, for a shopper when {@code shopper} is not null: what a link to a product
     * in another section does.
     */
    void explainProduct(String productId, String shopper);

    /** The product (and shopper) the latest {@link #explainProduct} asked for, or null; changes on the UI thread. */
    ReadOnlyObjectProperty<ProductLink> productLinkProperty();
}
