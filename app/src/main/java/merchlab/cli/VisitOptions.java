package merchlab.cli;

import merchlab.MerchLabException;
import merchlab.model.Context;
import picocli.CommandLine.Option;

/** {@code --device}, {@code --hour} and {@code --weekday}: the visit a ranked list is for, as the commands take it. */
final class VisitOptions {
    @Option(names = "--device", paramLabel = "D", description = "the visit's device: mobile, desktop or tablet")
    String device;

    @Option(names = "--hour", paramLabel = "H", description = "the visit's hour of day, 0-23 (UTC)")
    Integer hour;

    @Option(names = "--weekday", paramLabel = "D", description = "the visit's day of week, 1 (Monday) - 7")
    Integer weekday;

    /** The visit as the models take it; a value out of range is refused with the reason. */
    Context context() {
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new MerchLabException("--hour must be 0-23, not " + hour);
        }
        if (weekday != null && (weekday < 1 || weekday > 7)) {
            throw new MerchLabException("--weekday must be 1 (Monday) - 7, not " + weekday);
        }
        if (device != null && merchlab.features.EventLog.device(device) == 0) {
            throw new MerchLabException("--device must be mobile, desktop or tablet, not '" + device + "'");
        }
        return new Context(device, hour == null ? -1 : hour, weekday == null ? -1 : weekday);
    }
}
