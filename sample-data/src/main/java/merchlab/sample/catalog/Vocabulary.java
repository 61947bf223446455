package merchlab.sample.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.sample.Lang;

/**
 * The generated shop's words: top and leaf categories, brands, colours and materials in English and Chinese.
 *
 * <p>Loaded once from the bundled {@code vocabulary.json} with {@link #standard()}; immutable.
 */
public final class Vocabulary {
    private final List<TopCategory> tops;
    private final List<LeafCategory> leaves;
    private final List<Brand> brands;
    private final List<Term> colours;
    private final List<Term> materials;
    private final double cnyPerUsd;
    private final String[][] paths;
    private final Map<String, Integer> leafByPath = new HashMap<>();
    private final Map<String, Integer> brandByName = new HashMap<>();
    private final Map<String, Integer> colourByName = new HashMap<>();
    private final int[][] brandsByLangTop;
    private final int[][] leavesByTop;

    Vocabulary(List<TopCategory> tops, List<LeafCategory> leaves, List<Brand> brands, List<Term> colours,
               List<Term> materials, double cnyPerUsd) {
        this.tops = List.copyOf(tops);
        this.leaves = List.copyOf(leaves);
        this.brands = List.copyOf(brands);
        this.colours = List.copyOf(colours);
        this.materials = List.copyOf(materials);
        this.cnyPerUsd = cnyPerUsd;
        this.paths = new String[leaves.size()][2];
        for (LeafCategory leaf : leaves) {
            for (Lang lang : Lang.values()) {
                StringBuilder path = new StringBuilder(tops.get(leaf.top()).name().in(lang));
                for (Bilingual level : leaf.path()) {
                    path.append(" > ").append(level.in(lang));
                }
                paths[leaf.index()][lang.ordinal()] = path.toString();
                leafByPath.put(path.toString(), leaf.index());
            }
        }
        for (Brand brand : brands) {
            brandByName.put(brand.name().toLowerCase(Locale.ROOT), brand.index());
        }
        for (Term colour : colours) {
            colourByName.put(colour.name().en().toLowerCase(Locale.ROOT), colour.index());
            colourByName.put(colour.name().zh(), colour.index());
        }
        leavesByTop = new int[tops.size()][];
        for (TopCategory top : tops) {
            leavesByTop[top.index()] = leaves.stream().filter(l -> l.top() == top.index())
                    .mapToInt(LeafCategory::index).toArray();
        }
        brandsByLangTop = new int[2 * tops.size()][];
        for (Lang lang : Lang.values()) {
            for (TopCategory top : tops) {
                brandsByLangTop[lang.ordinal() * tops.size() + top.index()] = brands.stream()
                        .filter(b -> b.lang() == lang && b.top() == top.index()).mapToInt(Brand::index).toArray();
            }
        }
    }

    /** The bundled vocabulary (loaded once; it is immutable). */
    public static Vocabulary standard() {
        return Standard.VOCABULARY;
    }

    /** Loads the bundled vocabulary on first use. */
    private static final class Standard {
        static final Vocabulary VOCABULARY = VocabularyLoader.load();
    }

    public List<TopCategory> tops() {
        return tops;
    }

    public List<LeafCategory> leaves() {
        return leaves;
    }

    public List<Brand> brands() {
        return brands;
    }

    public List<Term> colours() {
        return colours;
    }

    public List<Term> materials() {
        return materials;
    }

    public LeafCategory leaf(int index) {
        return leaves.get(index);
    }

    public TopCategory topOf(int leaf) {
        return tops.get(leaves.get(leaf).top());
    }

    public Brand brand(int index) {
        return brands.get(index);
    }

    /** The leaf categories of one top category. */
    public int[] leavesOf(int top) {
        return leavesByTop[top];
    }

    /** The brands of one top category in one language. */
    public int[] brands(Lang lang, int top) {
        return brandsByLangTop[lang.ordinal() * tops.size() + top];
    }

    /** The category path, levels joined by {@code " > "}, for example {@code 鞋靴 > 运动鞋 > 跑步鞋}. */
    public String path(int leaf, Lang lang) {
        return paths[leaf][lang.ordinal()];
    }

    /** The leaf whose path (English or Chinese) is given, or -1. */
    public int leafByPath(String path) {
        Integer found = path == null ? null : leafByPath.get(path.strip());
        return found == null ? -1 : found;
    }

    /** The brand with this name (any case), or -1. */
    public int brandByName(String name) {
        Integer found = name == null ? null : brandByName.get(name.strip().toLowerCase(Locale.ROOT));
        return found == null ? -1 : found;
    }

    /** The colour with this English or Chinese name, or -1. */
    public int colourByName(String name) {
        Integer found = name == null ? null : colourByName.get(name.strip().toLowerCase(Locale.ROOT));
        return found == null ? -1 : found;
    }

    /** Exchange rate used for Chinese shops' prices. */
    public double cnyPerUsd() {
        return cnyPerUsd;
    }

    /** The reference (median) price of a leaf's products in a language's currency; price fit is measured against it. */
    public double medianPrice(int leaf, Lang lang) {
        double usd = leaves.get(leaf).medianUsd();
        return lang == Lang.EN ? usd : usd * cnyPerUsd;
    }
}
