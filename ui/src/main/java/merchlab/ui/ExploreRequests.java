package merchlab.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Hands a query from another section to Explore ("Open in Explore"): the asking section puts a request here and shows
 * Explore, which takes it when it is built, or at once when it already is. Changes on the UI thread.
 */
public final class ExploreRequests {
    private final ReadOnlyObjectWrapper<Request> pending = new ReadOnlyObjectWrapper<>(this, "pending");

    /**
     * What Explore should show: a visitor without a shopper searching {@code query}, ranked by {@code model} beside
     * {@code compareTo} (saved models' names; null for the default model, or for no second list).
     */
    public record Request(String query, String model, String compareTo) {
    }

    /** Asks Explore to show {@code request}. */
    public void ask(Request request) {
        pending.set(request);
    }

    /** The request not yet taken, or null. */
    public ReadOnlyObjectProperty<Request> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The request not yet taken (null if none); it is taken. */
    public Request take() {
        Request r = pending.get();
        pending.set(null);
        return r;
    }
}
