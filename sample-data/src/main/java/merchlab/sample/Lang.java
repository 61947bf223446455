package merchlab.sample;

import java.util.Locale;

/** The language a product is written in, a query is typed in, or a shopper reads. */
public enum Lang {
    EN, ZH;

    /** The code written in files: {@code en} or {@code zh}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The currency prices are shown in for this language's shop. */
    public String currency() {
        return this == EN ? "USD" : "CNY";
    }

    public static Lang parse(String code) {
        for (Lang lang : values()) {
            if (lang.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en or zh)");
    }
}
