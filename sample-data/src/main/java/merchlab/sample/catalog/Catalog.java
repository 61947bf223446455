package merchlab.sample.catalog;

import java.util.HashMap;
import java.util.Map;
import merchlab.sample.Lang;

/**
 * The generated products as compact columns (no titles kept: {@link ProductText} writes them on demand), with the
 * indexes the shop's retriever draws candidates from.
 */
public final class Catalog {
    private static final Lang[] LANGS = Lang.values();
    private static final Gender[] GENDERS = Gender.values();
    private static final Availability[] AVAILABILITIES = Availability.values();
    private final Vocabulary vocabulary;
    private final long seed;
    private final int size;
    final short[] leaf;
    final short[] brand;
    final byte[] colour;
    final byte[] material;
    final byte[] sizeIndex;
    final byte[] gender;
    final byte[] lang;
    final byte[] availability;
    final int[] priceCents;
    final float[] quality;
    final float[] popularity;
    final int[] group;
    private int[][] byLangLeaf;
    private int[][] byLangTop;
    private int[][] byLang;
    private final Map<Long, int[]> byLangLeafBrand = new HashMap<>();
    private final Map<Long, int[]> byLangLeafColour = new HashMap<>();

    Catalog(Vocabulary vocabulary, long seed, int size) {
        this.vocabulary = vocabulary;
        this.seed = seed;
        this.size = size;
        leaf = new short[size];
        brand = new short[size];
        colour = new byte[size];
        material = new byte[size];
        sizeIndex = new byte[size];
        gender = new byte[size];
        lang = new byte[size];
        availability = new byte[size];
        priceCents = new int[size];
        quality = new float[size];
        popularity = new float[size];
        group = new int[size];
    }

    void buildIndexes() {
        int leaves = vocabulary.leaves().size();
        int tops = vocabulary.tops().size();
        IntList[] langLeaf = lists(2 * leaves);
        IntList[] langTop = lists(2 * tops);
        IntList[] langAll = lists(2);
        Map<Long, IntList> leafBrand = new HashMap<>();
        Map<Long, IntList> leafColour = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int l = lang[i];
            langLeaf[l * leaves + leaf[i]].add(i);
            langTop[l * tops + top(i)].add(i);
            langAll[l].add(i);
            leafBrand.computeIfAbsent(key(l, leaf[i], brand[i]), k -> new IntList()).add(i);
            if (colour[i] >= 0) {
                leafColour.computeIfAbsent(key(l, leaf[i], colour[i]), k -> new IntList()).add(i);
            }
        }
        byLangLeaf = arrays(langLeaf);
        byLangTop = arrays(langTop);
        byLang = arrays(langAll);
        leafBrand.forEach((k, v) -> byLangLeafBrand.put(k, v.toArray()));
        leafColour.forEach((k, v) -> byLangLeafColour.put(k, v.toArray()));
    }

    private static IntList[] lists(int n) {
        IntList[] lists = new IntList[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new IntList();
        }
        return lists;
    }

    private static int[][] arrays(IntList[] lists) {
        int[][] arrays = new int[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            arrays[i] = lists[i].toArray();
        }
        return arrays;
    }

    private static long key(int lang, int leaf, int other) {
        return ((long) lang << 40) | ((long) leaf << 20) | other;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The seed the catalog was generated with (product text is derived from it). */
    public long seed() {
        return seed;
    }

    public int size() {
        return size;
    }

    /** The product id written in files, for example {@code P0000042} for index 41. */
    public static String id(int index) {
        return pad('P', index + 1, 7);
    }

    /** The product-line id ({@code item_group_id}), for example {@code G000042}. */
    public String groupId(int index) {
        return pad('G', group[index] + 1, 7);
    }

    /** The index of a product id written by {@link #id}, or -1. */
    public int indexOf(String id) {
        if (id == null || id.length() < 2 || id.charAt(0) != 'P') {
            return -1;
        }
        try {
            int index = Integer.parseInt(id.substring(1)) - 1;
            return index >= 0 && index < size ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String pad(char prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder sb = new StringBuilder(width + 1).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    public Lang lang(int i) {
        return LANGS[lang[i]];
    }

    public int leaf(int i) {
        return leaf[i];
    }

    public int top(int i) {
        return vocabulary.leaf(leaf[i]).top();
    }

    public int brand(int i) {
        return brand[i];
    }

    /** Colour index, or -1 when the product has none. */
    public int colour(int i) {
        return colour[i];
    }

    /** Material index, or -1 when the product has none. */
    public int material(int i) {
        return material[i];
    }

    /** Size index within the leaf's sizes, or -1 when the product has none. */
    public int sizeIndex(int i) {
        return sizeIndex[i];
    }

    public Gender gender(int i) {
        return GENDERS[gender[i]];
    }

    public Availability availability(int i) {
        return AVAILABILITIES[availability[i]];
    }

    public int priceCents(int i) {
        return priceCents[i];
    }

    public double price(int i) {
        return priceCents[i] / 100.0;
    }

    public String currency(int i) {
        return lang(i).currency();
    }

    /** The product's latent quality (standard-normal scale); shoppers click better products more. */
    public double quality(int i) {
        return quality[i];
    }

    /** The shop's own popularity signal, which its retriever uses to order results. */
    public double popularity(int i) {
        return popularity[i];
    }

    public int group(int i) {
        return group[i];
    }

    public ProductFacts facts(int i) {
        return new ProductFacts(lang(i), leaf[i], brand[i], colour[i], gender(i), price(i));
    }

    public int[] inLeaf(Lang l, int leafIndex) {
        return byLangLeaf[l.ordinal() * vocabulary.leaves().size() + leafIndex];
    }

    public int[] inTop(Lang l, int top) {
        return byLangTop[l.ordinal() * vocabulary.tops().size() + top];
    }

    public int[] inLanguage(Lang l) {
        return byLang[l.ordinal()];
    }

    private static final int[] NONE = new int[0];

    public int[] inLeafOfBrand(Lang l, int leafIndex, int brandIndex) {
        return byLangLeafBrand.getOrDefault(key(l.ordinal(), leafIndex, brandIndex), NONE);
    }

    public int[] inLeafOfColour(Lang l, int leafIndex, int colourIndex) {
        return byLangLeafColour.getOrDefault(key(l.ordinal(), leafIndex, colourIndex), NONE);
    }
}
