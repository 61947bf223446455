package merchlab.sample;

import java.util.Locale;
import merchlab.MerchLabException;

/** Which languages a generated shop's products are written in: English, Chinese, or roughly half each. */
public enum ShopLanguage {
    EN, ZH, MIXED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShopLanguage parse(String code) {
        for (ShopLanguage lang : values()) {
            if (lang.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return lang;
            }
        }
        throw new MerchLabException("unknown language '" + code + "': use en, zh or mixed");
    }
}
