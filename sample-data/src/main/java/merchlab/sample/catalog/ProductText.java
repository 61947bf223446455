package merchlab.sample.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.sample.Lang;
import merchlab.sample.random.Rng;

/**
 * Writes product titles and descriptions the way shops write them, from a product's catalog facts.
 *
 * <p>Choices shared by a product line (adjectives, model name, title style) come from the line's own random stream,
 * so every variant of a line reads alike and the text never has to be stored.
 */
public final class ProductText {
    private static final String[] MODELS = {"Pro", "Max", "Lite", "Air", "Flex", "Ultra", "Plus", "Sport", "Edge",
        "Neo", "Go", "Prime"};
    private final Catalog catalog;
    private final Vocabulary vocabulary;

    public ProductText(Catalog catalog) {
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
    }

    /** The line-level choices for one product line. */
    private record Style(int layout, List<Bilingual> adjectives, String model, boolean showSize, boolean spaced,
                         boolean newTag, int sentence) {
    }

    private Style style(int product) {
        Rng r = Rng.stream(catalog.seed(), "product-text", catalog.group(product));
        LeafCategory leaf = vocabulary.leaf(catalog.leaf(product));
        List<Bilingual> pool = new ArrayList<>(leaf.adjectives());
        List<Bilingual> adjectives = new ArrayList<>();
        int count = r.chance(0.2) ? 1 : r.chance(0.85) ? 2 : 3;
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            adjectives.add(pool.remove(r.nextInt(pool.size())));
        }
        String key = vocabulary.tops().get(leaf.top()).key();
        boolean technical = key.equals("electronics") || key.equals("shoes") || key.equals("sports");
        String model = null;
        if (r.chance(technical ? 0.5 : 0.15)) {
            model = MODELS[r.nextInt(MODELS.length)] + (r.chance(0.6) ? " " + r.between(2, 9) : "");
        }
        return new Style(r.nextInt(3), adjectives, model, r.chance(0.7), r.chance(0.75), r.chance(0.2),
                r.nextInt(1_000));
    }

    public String title(int product) {
        Style s = style(product);
        return catalog.lang(product) == Lang.EN ? englishTitle(product, s) : chineseTitle(product, s);
    }

    private String englishTitle(int p, Style s) {
        LeafCategory leaf = vocabulary.leaf(catalog.leaf(p));
        String brand = vocabulary.brand(catalog.brand(p)).name();
        String noun = leaf.noun().en();
        Gender gender = catalog.gender(p);
        String material = materialWord(p, Lang.EN, noun);
        String colour = catalog.colour(p) < 0 ? null : vocabulary.colours().get(catalog.colour(p)).name().en();
        String size = s.showSize && catalog.sizeIndex(p) >= 0 ? leaf.sizeInTitle(catalog.sizeIndex(p), Lang.EN) : null;
        List<String> adjectives = s.adjectives.stream().map(Bilingual::en).toList();
        Words w = new Words(" ");
        switch (s.layout) {
            case 0 -> w.add(brand).add(s.model).add(gender.titleWord(Lang.EN)).add(material).add(noun)
                    .addAll(adjectives).add(colour).add(size);
            case 1 -> {
                w.add(brand).add(gender.titleWord(Lang.EN)).add(adjectives.get(0)).add(material).add(noun)
                        .add(s.model);
                String tail = new Words(", ").add(colour).add(size).toString();
                return tail.isEmpty() ? w.toString() : w + ", " + tail;
            }
            default -> {
                w.add(brand).add(s.model).add(noun);
                if (gender == Gender.MALE || gender == Gender.FEMALE) {
                    w.add(gender == Gender.MALE ? "for Men" : "for Women");
                }
                String middle = new Words(" ").addAll(adjectives).add(material).toString();
                String tail = new Words(" ").add(colour).add(size).toString();
                StringBuilder title = new StringBuilder(w.toString());
                if (!middle.isEmpty()) {
                    title.append(" - ").append(middle);
                }
                if (!tail.isEmpty()) {
                    title.append(" - ").append(tail);
                }
                return title.toString();
            }
        }
        return w.toString();
    }

    private String chineseTitle(int p, Style s) {
        LeafCategory leaf = vocabulary.leaf(catalog.leaf(p));
        String noun = leaf.noun().zh();
        Words w = new Words(s.spaced ? " " : "");
        if (s.newTag) {
            w.add("2026新款");
        }
        w.add(vocabulary.brand(catalog.brand(p)).name()).add(catalog.gender(p).titleWord(Lang.ZH));
        s.adjectives.forEach(a -> w.add(a.zh()));
        w.add(materialWord(p, Lang.ZH, noun)).add(noun).add(s.model);
        if (catalog.colour(p) >= 0) {
            w.add(vocabulary.colours().get(catalog.colour(p)).name().zh());
        }
        if (s.showSize && catalog.sizeIndex(p) >= 0) {
            w.add(leaf.sizeInTitle(catalog.sizeIndex(p), Lang.ZH));
        }
        return w.toString();
    }

    private String materialWord(int p, Lang lang, String noun) {
        if (catalog.material(p) < 0) {
            return null;
        }
        String word = vocabulary.materials().get(catalog.material(p)).in(lang);
        return noun.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)) ? null : word;
    }

    public String description(int product) {
        Style s = style(product);
        Lang lang = catalog.lang(product);
        LeafCategory leaf = vocabulary.leaf(catalog.leaf(product));
        String brand = vocabulary.brand(catalog.brand(product)).name();
        List<String> sentences = vocabulary.tops().get(leaf.top()).descriptions(lang);
        String sentence = sentences.get(s.sentence % sentences.size());
        String colour = catalog.colour(product) < 0 ? null : vocabulary.colours().get(catalog.colour(product)).in(lang);
        String material = catalog.material(product) < 0 ? null
                : vocabulary.materials().get(catalog.material(product)).in(lang);
        if (lang == Lang.EN) {
            StringBuilder d = new StringBuilder(brand).append(' ').append(leaf.noun().en().toLowerCase(Locale.ROOT));
            if (colour != null) {
                d.append(" in ").append(colour.toLowerCase(Locale.ROOT));
            }
            if (material != null) {
                d.append(", made of ").append(material.toLowerCase(Locale.ROOT));
            }
            d.append(". ");
            List<String> adjectives = s.adjectives.stream().map(a -> a.en().toLowerCase(Locale.ROOT)).toList();
            d.append("Features: ");
            for (int a = 0; a < adjectives.size(); a++) {
                d.append(a == 0 ? "" : a == adjectives.size() - 1 ? " and " : ", ").append(adjectives.get(a));
            }
            d.append(". ");
            return d.append(sentence).toString();
        }
        StringBuilder d = new StringBuilder(brand).append(leaf.noun().zh()).append('，');
        s.adjectives.forEach(a -> d.append(a.zh()).append('、'));
        d.setLength(d.length() - 1);
        if (material != null) {
            d.append('，').append(material).append("材质");
        }
        if (colour != null) {
            d.append('，').append(colour);
        }
        return d.append('。').append(sentence).toString();
    }

    /** Joins the non-empty words of a title. */
    private static final class Words {
        private final String separator;
        private final StringBuilder text = new StringBuilder();

        Words(String separator) {
            this.separator = separator;
        }

        Words add(String word) {
            if (word == null || word.isEmpty()) {
                return this;
            }
            if (text.length() > 0) {
                boolean latin = isLatin(text.charAt(text.length() - 1)) && isLatin(word.charAt(0));
                text.append(separator.isEmpty() && latin ? " " : separator);
            }
            text.append(word);
            return this;
        }

        Words addAll(List<String> words) {
            words.forEach(this::add);
            return this;
        }

        private static boolean isLatin(char c) {
            return c < 0x2E80 && Character.isLetterOrDigit(c);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
