package merchlab.sample.catalog;

import merchlab.sample.Lang;

/** A word or phrase in English and in Chinese. */
public record Bilingual(String en, String zh) {
    /** Parses {@code "English|中文"}; a value without a bar is the same in both languages. */
    public static Bilingual parse(String pair) {
        int bar = pair.indexOf('|');
        return bar < 0 ? new Bilingual(pair, pair) : new Bilingual(pair.substring(0, bar), pair.substring(bar + 1));
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
