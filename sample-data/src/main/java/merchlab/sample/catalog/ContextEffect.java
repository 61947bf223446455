package merchlab.sample.catalog;

/**
 * How much more (or less) likely shoppers are to click a top category's products in a visit context: by device,
 * by hour of the day (UTC) and at weekends. Values are added to the click logit before the context weight.
 */
public record ContextEffect(double mobile, double desktop, double tablet, double morning, double daytime,
                            double evening, double night, double weekend) {

    /** The effect for a device code ({@code mobile}, {@code desktop}, {@code tablet}). */
    public double device(String device) {
        return switch (device) {
            case "mobile" -> mobile;
            case "desktop" -> desktop;
            case "tablet" -> tablet;
            default -> 0;
        };
    }

    /** The effect of an hour of the day, 0-23 UTC: morning 6-10, daytime 11-16, evening 17-22, night 23-5. */
    public double hour(int hour) {
        if (hour >= 6 && hour <= 10) {
            return morning;
        }
        if (hour >= 11 && hour <= 16) {
            return daytime;
        }
        if (hour >= 17 && hour <= 22) {
            return evening;
        }
        return night;
    }

    public double total(String device, int hour, boolean isWeekend) {
        return device(device) + hour(hour) + (isWeekend ? weekend : 0);
    }
}
