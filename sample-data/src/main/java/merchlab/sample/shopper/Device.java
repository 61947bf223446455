package merchlab.sample.shopper;

import java.util.Locale;

/** The kind of device a visit comes from, as GA4 names it in {@code device.category}. */
public enum Device {
    MOBILE, DESKTOP, TABLET;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Device parse(String code) {
        for (Device d : values()) {
            if (d.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown device '" + code + "'");
    }
}
