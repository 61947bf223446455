package merchlab.sample.click;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import merchlab.sample.shopper.Device;

/** The context of a request: the device, the hour of day (UTC) and whether it falls on a weekend. */
public record VisitContext(Device device, int hour, boolean weekend) {

    /** The context of a request at an epoch-millisecond time, as events.csv records it. */
    public static VisitContext at(Device device, long epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
        DayOfWeek day = t.getDayOfWeek();
        return new VisitContext(device, t.getHour(), day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY);
    }
}
