package merchlab.sample.catalog;

import merchlab.sample.Lang;

/** A colour or material: its stable key and its English and Chinese names. */
public record Term(int index, String key, Bilingual name) {
    public String in(Lang lang) {
        return name.in(lang);
    }
}
