package merchlab.sample.catalog;

import java.util.Locale;
import merchlab.sample.Lang;

/** Who a product is made for, in the Merchant Center vocabulary ({@code male}, {@code female}, {@code unisex}). */
public enum Gender {
    NONE("", "", ""), MALE("Men's", "男款", "male"), FEMALE("Women's", "女款", "female"), UNISEX("Unisex", "中性", "unisex");

    private final String en;
    private final String zh;
    private final String code;

    Gender(String en, String zh, String code) {
        this.en = en;
        this.zh = zh;
        this.code = code;
    }

    /** The Merchant Center value, empty for products without a gender. */
    public String code() {
        return code;
    }

    /** The word a title uses, for example {@code Men's} or {@code 男款}. */
    public String titleWord(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    /** Whether a product of this gender serves a shopper asking for {@code wanted}. */
    public boolean serves(Gender wanted) {
        return wanted == NONE || this == NONE || this == UNISEX || this == wanted;
    }

    public static Gender parse(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Gender g : values()) {
            if (g != NONE && g.code.equals(c)) {
                return g;
            }
        }
        return NONE;
    }
}
