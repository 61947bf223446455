package merchlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import merchlab.ui.task.Problems;
import merchlab.ui.task.TaskRunner;
import merchlab.workspace.Workspace;

/** A workbench for section tests: a settable workspace and a given task runner. */
public final class TestWorkbench implements Workbench {
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper();
    private final TaskRunner tasks;
    private final Problems problems;
    public final List<String> announcements = new ArrayList<>();
    public int importRequests;
    public int prepareRequests;
    public final List<String> sectionsShown = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ProductLink> productLink = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();

    public TestWorkbench(TaskRunner tasks, Problems problems) {
        this.tasks = tasks;
        this.problems = problems;
    }

    public void open(Workspace opened) {
        workspace.set(opened);
    }

    @Override
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    @Override
    public void announce(String text) {
        announcements.add(text);
    }

    @Override
    public void requestImport() {
        importRequests++;
    }

    @Override
    public void requestPrepare() {
        prepareRequests++;
    }

    /** Says whether a preparation runs, as the window would. */
    public void setPreparing(boolean now) {
        preparing.set(now);
    }

    @Override
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    @Override
    public void showSection(String id) {
        sectionsShown.add(id);
    }

    @Override
    public void explainProduct(String productId, String shopper) {
        productLink.set(new ProductLink(productId, shopper));
        showSection("explain");
    }

    @Override
    public ReadOnlyObjectProperty<ProductLink> productLinkProperty() {
        return productLink.getReadOnlyProperty();
    }
}
