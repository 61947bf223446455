package merchlab.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import merchlab.model.Context;

/** The visit a view scores for: device, hour and weekday, each unknown (null) until chosen. */
public final class VisitContext {
    private final ObjectProperty<String> device = new SimpleObjectProperty<>(this, "device");
    private final ObjectProperty<Integer> hour = new SimpleObjectProperty<>(this, "hour");
    private final ObjectProperty<Integer> weekday = new SimpleObjectProperty<>(this, "weekday");

    /** {@code mobile}, {@code desktop}, {@code tablet}, or null when unknown. */
    public ObjectProperty<String> deviceProperty() {
        return device;
    }

    /** Hour of day 0-23 (UTC), or null when unknown. */
    public ObjectProperty<Integer> hourProperty() {
        return hour;
    }

    /** Day of week 1 (Monday) - 7, or null when unknown. */
    public ObjectProperty<Integer> weekdayProperty() {
        return weekday;
    }

    /** The three choices, to listen to all at once. */
    public List<Observable> observables() {
        return List.of(device, hour, weekday);
    }

    /** The scoring context of the current choices. */
    public Context context() {
        return new Context(device.get(), hour.get() == null ? -1 : hour.get(), weekday.get() == null ? -1 : weekday.get());
    }
}
