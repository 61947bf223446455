package merchlab.sample.catalog;

import java.util.List;
import merchlab.sample.Lang;

/** A top-level department such as Apparel or 数码电子, with its brands, description sentences and context effect. */
public record TopCategory(int index, String key, Bilingual name, ContextEffect context, List<String> descriptionsEn,
                          List<String> descriptionsZh) {
    public List<String> descriptions(Lang lang) {
        return lang == Lang.EN ? descriptionsEn : descriptionsZh;
    }
}
