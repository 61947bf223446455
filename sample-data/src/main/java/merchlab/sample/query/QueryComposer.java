package merchlab.sample.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.sample.Lang;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.random.Rng;

/**
 * Types a query for a session's mission the way shoppers do: one to four words from the category noun, brand, colour
 * and gender, sometimes a price limit; later queries of a session add detail. About one query in ten is misspelled
 * and about one in six uses a synonym that product titles never contain.
 */
public final class QueryComposer {
    static final double MISSPELL_RATE = 0.10;
    static final double PARAPHRASE_RATE = 0.17;
    private static final int[] USD_LADDER = {10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 150, 200, 250, 300, 400, 500,
        750, 1000, 1500, 2000, 3000};
    private static final int[] CNY_LADDER = {50, 80, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000,
        10000, 20000};
    private static final String[][] EN_GENDER = {{"mens", "men's", "men"}, {"womens", "women's", "women", "ladies"}};
    private static final String[][] ZH_GENDER = {{"男", "男款", "男士"}, {"女", "女款", "女士"}};
    private final Vocabulary vocabulary;

    public QueryComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * A query for the mission.
     *
     * @param step how many queries the shopper has typed in this session before (later ones are more specific)
     */
    public QueryIntent compose(Mission m, int step, Rng r) {
        boolean later = step > 0;
        if (m.brand() >= 0 && r.chance(0.04)) {
            return brandOnly(m, r);
        }
        LeafCategory leaf = vocabulary.leaf(m.leaf());
        int brand = m.brand() >= 0 && r.chance(later ? 0.35 : 0.15) ? m.brand() : -1;
        int colour = m.colour() >= 0 && r.chance(later ? 0.45 : 0.2) ? m.colour() : -1;
        Gender gender = m.gender() != Gender.NONE && r.chance(0.25) ? m.gender() : Gender.NONE;
        boolean priced = r.chance(later ? 0.15 : 0.06);
        Double min = null;
        Double max = null;
        String priceText = null;
        if (priced) {
            int[] ladder = m.lang() == Lang.EN ? USD_LADDER : CNY_LADDER;
            double median = vocabulary.medianPrice(m.leaf(), m.lang());
            if (r.chance(0.6)) {
                max = (double) atLeast(ladder, median * StrictMath.exp(r.normal(0.15, 0.3)));
                priceText = under(m.lang(), max.intValue(), r);
            } else {
                int k = below(ladder, median * StrictMath.exp(r.normal(0, 0.3)));
                min = (double) ladder[k];
                max = (double) ladder[k + 1];
                priceText = range(m.lang(), min.intValue(), max.intValue(), r);
            }
        }
        List<String> synonyms = leaf.synonyms(m.lang());
        boolean paraphrase = !synonyms.isEmpty() && r.chance(PARAPHRASE_RATE);
        String noun = paraphrase ? r.pick(synonyms) : leaf.noun().in(m.lang());
        List<String> words = new ArrayList<>();
        if (brand >= 0) {
            words.add(vocabulary.brand(brand).name());
        }
        if (gender == Gender.MALE || gender == Gender.FEMALE) {
            String[] options = (m.lang() == Lang.EN ? EN_GENDER : ZH_GENDER)[gender == Gender.MALE ? 0 : 1];
            words.add(options[r.nextInt(options.length)]);
        }
        String colourWord = colour >= 0 ? vocabulary.colours().get(colour).in(m.lang()) : null;
        boolean colourAfter = colourWord != null && r.chance(0.15);
        if (colourWord != null && !colourAfter) {
            words.add(colourWord);
        }
        words.add(noun);
        if (colourAfter) {
            words.add(colourWord);
        }
        if (priceText != null) {
            words.add(priceText);
        }
        QueryKind kind = paraphrase ? QueryKind.PARAPHRASE : QueryKind.EXACT;
        String text = join(words, m.lang(), r);
        if (r.chance(MISSPELL_RATE)) {
            String typo = misspell(text, m.lang(), r);
            if (!typo.equals(text)) {
                text = typo;
                kind = QueryKind.MISSPELLED;
            }
        }
        return new QueryIntent(text, m.lang(), kind, m.leaf(), brand, colour, gender, min, max);
    }

    private QueryIntent brandOnly(Mission m, Rng r) {
        String text = vocabulary.brand(m.brand()).name();
        QueryKind kind = QueryKind.EXACT;
        text = m.lang() == Lang.EN ? text.toLowerCase(Locale.ROOT) : text;
        if (r.chance(MISSPELL_RATE)) {
            String typo = misspell(text, m.lang(), r);
            kind = typo.equals(text) ? kind : QueryKind.MISSPELLED;
            text = typo;
        }
        return new QueryIntent(text, m.lang(), kind, -1, m.brand(), -1, Gender.NONE, null, null);
    }

    private static String join(List<String> words, Lang lang, Rng r) {
        if (lang == Lang.ZH) {
            return String.join(r.chance(0.5) ? " " : "", words);
        }
        String text = String.join(" ", words);
        if (r.chance(0.88)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return text;
    }

    private static String misspell(String text, Lang lang, Rng r) {
        if (lang == Lang.ZH) {
            return Typos.chinese(text, r);
        }
        String[] words = text.split(" ");
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (Typos.canMisspell(words[i].toLowerCase(Locale.ROOT))) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return text;
        }
        int at = r.pick(eligible);
        String typo = Typos.english(words[at].toLowerCase(Locale.ROOT), r.nextInt(3));
        words[at] = Character.isUpperCase(words[at].charAt(0))
                ? Character.toUpperCase(typo.charAt(0)) + typo.substring(1) : typo;
        return String.join(" ", words);
    }

    private static String under(Lang lang, int max, Rng r) {
        if (lang == Lang.ZH) {
            return max + (r.chance(0.7) ? "元以下" : "元以内");
        }
        return r.chance(0.7) ? "under " + max : "under $" + max;
    }

    private static String range(Lang lang, int min, int max, Rng r) {
        if (lang == Lang.ZH) {
            return min + "-" + max + "元";
        }
        return r.chance(0.7) ? min + "-" + max : min + " to " + max;
    }

    private static int atLeast(int[] ladder, double target) {
        for (int v : ladder) {
            if (v >= target) {
                return v;
            }
        }
        return ladder[ladder.length - 1];
    }

    private static int below(int[] ladder, double target) {
        for (int k = ladder.length - 2; k >= 0; k--) {
            if (ladder[k] <= target) {
                return k;
            }
        }
        return 0;
    }
}
