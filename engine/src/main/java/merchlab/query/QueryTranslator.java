package merchlab.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the Chinese words of a query in English, for a catalog written in English: 凉鞋 as "sandal", 防水靴 as
 * "waterproof boot". Each run of Chinese characters is looked up in the {@link Lexicon} whole; failing that, as a near
 * term (双肩包 as 双肩背包, 连体裤 as 连衣裤); failing that, cut into the known words that cover it best (防水 + 靴). Among
 * the English words of a term, those the catalog uses come first, then the word's main sense and how common it is:
 * so 盘子 reads as the catalog's "plate" rather than "dish" when the shop sells plates. Price phrases are left as they
 * are (query understanding reads them); Chinese that the lexicon does not know stays Chinese.
 */
public final class QueryTranslator {
    /** A reading scores at least this to be used. */
    static final double MIN_SCORE = 0.6;
    /** How much a common English word gains over a rare one with the same sense (1 for the commonest). */
    static final double COMMONNESS_WEIGHT = 1.5;
    /** A phrase ("one piece") is less likely a product word than a word. */
    static final double PHRASE_PENALTY = 0.3;
    /** What a word the catalog uses gains over one it does not (its main sense is worth 1). */
    static final double CATALOG_BONUS = 0.5;
    /**
     * Other English words of a term that the catalog uses or that are common words are kept when they score within
     * this of the best (睡衣 as "gown pajama nightwear": the catalog's word, and what it means to the semantic search)...
     */
    static final double CLOSE = 0.6;
    /** ...up to this many words per term. */
    static final int MAX_WORDS = 3;
    /** A near term costs this much against an exact one. */
    static final double NEAR_PENALTY = 0.3;
    /** Extra characters a longer term may have for a query word to count as near it (双肩包 in 双肩背包). */
    static final int NEAR_EXTRA = 2;
    /** A single character found in a longer query counts this much of a longer word (single characters are vague). */
    static final double SINGLE_WEIGHT = 0.5;

    /** A run of the query's Chinese characters and the English words it was read as. */
    public record Reading(String chinese, List<String> english) {
    }

    /** The query with its Chinese words replaced by English ones, and each replacement. */
    public record Translation(String text, List<Reading> readings) {
    }

    private record Scored(String word, double score, boolean inCatalog, double commonness) {
    }

    private final Lexicon lexicon;
    private final Predicate<String> catalogWord;

    /** @param catalogWord whether the catalog uses an English word (lower-cased, singular) */
    public QueryTranslator(Lexicon lexicon, Predicate<String> catalogWord) {
        this.lexicon = lexicon;
        this.catalogWord = catalogWord;
    }

    /** The query read in English; the readings are empty when it has no Chinese word the lexicon knows. */
    public Translation translate(String query) {
        boolean[] price = new boolean[query.length()];
        for (PriceParser.Match m : PriceParser.findAll(query)) {
            for (int i = m.start(); i < m.end(); i++) {
                price[i] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        List<Reading> readings = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            int end = i;
            while (end < query.length() && !price[end] && isHan(query.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(query.charAt(i++));
                continue;
            }
            List<Reading> run = read(query.substring(i, end));
            if (run.isEmpty()) {
                out.append(query, i, end);
            } else {
                out.append(' ');
                for (Reading r : run) {
                    out.append(String.join(" ", r.english())).append(' ');
                }
            }
            readings.addAll(run);
            i = end;
        }
        return new Translation(out.toString().replaceAll("\\s+", " ").strip(), readings);
    }

    /** One run of Chinese characters read whole, as a near term, or cut into the words that cover it best. */
    private List<Reading> read(String run) {
        List<Scored> whole = best(candidates(run, 0));
        if (whole.isEmpty() && run.length() >= 2) {
            whole = best(near(run));
        }
        if (!whole.isEmpty()) {
            return List.of(reading(run, whole));
        }
        return cut(run);
    }

    /**
     * The cut of {@code run} into known words with the most weight (longer words weigh more than their characters);
     * empty unless words of two or more characters cover at least half of the run (single characters are vague).
     */
    private List<Reading> cut(String run) {
        int n = run.length();
        double[] value = new double[n + 1];
        List<List<Reading>> parts = new ArrayList<>();
        parts.add(List.of());
        for (int end = 1; end <= n; end++) {
            value[end] = value[end - 1];
            List<Reading> chosen = parts.get(end - 1);
            for (int start = Math.max(0, end - Lexicon.MAX_TERM); start < end; start++) {
                String term = run.substring(start, end);
                List<Scored> found = best(term.length() == 1 ? single(term) : candidates(term, 0));
                if (found.isEmpty()) {
                    continue;
                }
                double weight = term.length() == 1 ? SINGLE_WEIGHT : Math.pow(term.length(), 1.5);
                double v = value[start] + weight * found.get(0).score();
                if (v > value[end]) {
                    value[end] = v;
                    chosen = new ArrayList<>(parts.get(start));
                    chosen.add(reading(term, found));
                }
            }
            parts.add(chosen);
        }
        int covered = parts.get(n).stream().mapToInt(r -> r.chinese().length()).filter(len -> len > 1).sum();
        return 2 * covered >= n ? parts.get(n) : List.of();
    }

    /** A single character alone or with the noun ending 子 (裙 as 裙子, skirt). */
    private List<Scored> single(String c) {
        List<Scored> out = new ArrayList<>(candidates(c, 0));
        out.addAll(candidates(c + "子", 0.1));
        return out;
    }

    /** Terms near {@code run}: longer ones holding its characters in order, or as long ones differing in one character. */
    private List<Scored> near(String run) {
        List<Scored> out = new ArrayList<>();
        for (String term : lexicon.termsStartingWith(run.charAt(0))) {
            if (term.length() > run.length() && term.length() <= run.length() + NEAR_EXTRA && inOrder(run, term)
                    || term.length() == run.length() && run.length() >= 3 && oneApart(run, term)) {
                out.addAll(candidates(term, NEAR_PENALTY));
            }
        }
        return out;
    }

    /** The English words of a term, scored: main sense, commonness, and whether the catalog uses them. */
    private List<Scored> candidates(String term, double penalty) {
        List<Scored> out = new ArrayList<>();
        for (Lexicon.Sense s : lexicon.senses(term)) {
            boolean phrase = s.word().indexOf(' ') >= 0;
            boolean inCatalog = !phrase && catalogWord.test(s.word());
            double score = 1.0 / (1 + 0.5 * s.position()) + COMMONNESS_WEIGHT * s.commonness()
                    + (inCatalog ? CATALOG_BONUS : 0.0) - (phrase ? PHRASE_PENALTY : 0.0) - penalty;
            out.add(new Scored(s.word(), score, inCatalog, s.commonness()));
        }
        return out;
    }

    /**
     * The best-scoring word, with other words the catalog uses or common words within {@link #CLOSE} of it, up to
     * {@link #MAX_WORDS} in all; empty when the best is not
     * good enough. Among equals the commoner, then the shorter word ("backpack" before "backpacked").
     */
    private static List<Scored> best(List<Scored> scored) {
        Map<String, Scored> byWord = new HashMap<>();
        scored.forEach(s -> byWord.merge(s.word(), s, (a, b) -> a.score() >= b.score() ? a : b));
        for (Scored s : List.copyOf(byWord.values())) {
            String base = base(s.word());
            if (!base.equals(s.word()) && byWord.containsKey(base)) {
                byWord.remove(s.word());
                byWord.merge(base, s, (a, b) -> new Scored(a.word(), Math.max(a.score(), b.score()), a.inCatalog(), Math.max(a.commonness(), b.commonness())));
            }
        }
        List<Scored> sorted = byWord.values().stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.word().length()).thenComparing(Scored::word)).toList();
        if (sorted.isEmpty() || sorted.get(0).score() < MIN_SCORE) {
            return List.of();
        }
        Scored top = sorted.get(0);
        List<Scored> out = new ArrayList<>(List.of(top));
        sorted.stream().skip(1).filter(s -> (s.inCatalog() || s.commonness() > 0) && s.score() >= top.score() - CLOSE)
                .limit(MAX_WORDS - 1).forEach(out::add);
        return out;
    }

    /** A word without a verb ending ("backpacked" as "backpack"); the word itself when it has none. */
    private static String base(String word) {
        for (String ending : new String[] {"ing", "ed", "d"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static Reading reading(String chinese, List<Scored> words) {
        return new Reading(chinese, words.stream().map(Scored::word).toList());
    }

    private static boolean inOrder(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    /** Same length, one character different, and not the last one (the last usually says what the thing is). */
    private static boolean oneApart(String a, String b) {
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1 && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
