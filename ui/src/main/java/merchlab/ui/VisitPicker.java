package merchlab.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;

/** Three choice boxes (device, hour, weekday) that set a {@link VisitContext}; "any" leaves a value unknown. */
public final class VisitPicker {
    private static final String ANY_DEVICE = "any device";
    private static final String ANY_HOUR = "any hour";
    private static final String ANY_DAY = "any day";

    private final ComboBox<String> device = new ComboBox<>();
    private final ComboBox<String> hour = new ComboBox<>();
    private final ComboBox<String> weekday = new ComboBox<>();

    /** Boxes with ids {@code idPrefix + "Device"}, {@code "Hour"} and {@code "Weekday"}. */
    public VisitPicker(String idPrefix, VisitContext visit) {
        device.setId(idPrefix + "Device");
        device.getItems().setAll(ANY_DEVICE, "mobile", "desktop", "tablet");
        device.setValue(ANY_DEVICE);
        hour.setId(idPrefix + "Hour");
        hour.getItems().add(ANY_HOUR);
        for (int h = 0; h < 24; h++) {
            hour.getItems().add(String.format(Locale.ROOT, "%02d:00", h));
        }
        hour.setValue(ANY_HOUR);
        weekday.setId(idPrefix + "Weekday");
        weekday.getItems().add(ANY_DAY);
        for (DayOfWeek d : DayOfWeek.values()) {
            weekday.getItems().add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        weekday.setValue(ANY_DAY);
        for (ComboBox<String> box : List.of(device, hour, weekday)) {
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "any device" stays readable
        }
        device.valueProperty().addListener((obs, old, now) -> visit.deviceProperty().set(
                now == null || now.equals(ANY_DEVICE) ? null : now));
        hour.valueProperty().addListener((obs, old, now) -> visit.hourProperty().set(
                now == null || now.equals(ANY_HOUR) ? null : hour.getItems().indexOf(now) - 1));
        weekday.valueProperty().addListener((obs, old, now) -> visit.weekdayProperty().set(
                now == null || now.equals(ANY_DAY) ? null : weekday.getItems().indexOf(now)));
    }

    /** The device, hour and weekday boxes, in that order. */
    public List<ComboBox<String>> boxes() {
        return List.of(device, hour, weekday);
    }
}
