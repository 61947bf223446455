package merchlab.sample.catalog;

import merchlab.sample.Lang;
import merchlab.sample.ShopLanguage;
import merchlab.sample.random.Rng;

/**
 * Draws a catalog product line by product line: each line (an {@code item_group_id}) has one leaf category, brand,
 * gender, material, price level and latent quality, and one to six variants that differ in colour and size.
 *
 * <p>Line {@code g} depends only on the seed and {@code g}, so catalogs are reproducible and can be rebuilt.
 */
public final class CatalogGenerator {
    /** Share of product lines per top category, in vocabulary order. */
    private static final double[] TOP_SHARE = {0.20, 0.14, 0.15, 0.15, 0.12, 0.12, 0.12};
    private static final double[] AVAILABILITY_SHARE = {0.88, 0.06, 0.03, 0.03};

    private final Vocabulary vocabulary;

    public CatalogGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        if (vocabulary.tops().size() != TOP_SHARE.length) {
            throw new IllegalStateException("top-category shares do not match the vocabulary");
        }
    }

    public Catalog generate(long seed, int products, ShopLanguage language) {
        Catalog catalog = new Catalog(vocabulary, seed, products);
        int next = 0;
        for (int line = 0; next < products; line++) {
            next = drawLine(catalog, seed, line, next, language);
        }
        catalog.buildIndexes();
        return catalog;
    }

    private int drawLine(Catalog c, long seed, int line, int first, ShopLanguage language) {
        Rng r = Rng.stream(seed, "product-line", line);
        Lang lang = switch (language) {
            case EN -> Lang.EN;
            case ZH -> Lang.ZH;
            case MIXED -> r.chance(0.5) ? Lang.EN : Lang.ZH;
        };
        int top = r.weighted(TOP_SHARE);
        LeafCategory leaf = vocabulary.leaf(r.pick(vocabulary.leavesOf(top)));
        int[] brands = vocabulary.brands(lang, top);
        double[] shares = new double[brands.length];
        for (int b = 0; b < brands.length; b++) {
            shares[b] = vocabulary.brand(brands[b]).tier().share();
        }
        Brand brand = vocabulary.brand(brands[r.weighted(shares)]);
        Gender gender = switch (leaf.genderMode()) {
            case "both" -> r.chance(0.1) ? Gender.UNISEX : r.chance(0.5) ? Gender.MALE : Gender.FEMALE;
            case "female" -> Gender.FEMALE;
            default -> Gender.NONE;
        };
        int material = leaf.materials().length == 0 ? -1 : r.pick(leaf.materials());
        double z = r.gaussian();
        double baseUsd = leaf.medianUsd() * brand.tier().priceFactor() * StrictMath.exp(leaf.sigma() * z);
        double lineQuality = brand.tier().qualityMean() + 0.3 * z + r.normal(0, 0.75);
        double linePopularity = r.gaussian();
        double cnyDrift = StrictMath.exp(r.normal(0, 0.06));
        int colours = Math.max(1, leaf.colours().length);
        int sizes = Math.max(1, leaf.sizes().size());
        int variants = Math.min(1 + Math.min(r.poisson(1.3), 5), colours * sizes);
        boolean[] used = new boolean[colours * sizes];
        int index = first;
        for (int v = 0; v < variants && index < c.size(); v++) {
            int combo = r.nextInt(used.length);
            for (int attempt = 0; attempt < 12 && used[combo]; attempt++) {
                combo = r.nextInt(used.length);
            }
            if (used[combo]) {
                continue;
            }
            used[combo] = true;
            int colour = leaf.colours().length == 0 ? -1 : leaf.colours()[combo % colours];
            int size = leaf.sizes().isEmpty() ? -1 : combo / colours;
            double usd = baseUsd * (leaf.sizeScales() && size > 0 ? 1 + 0.22 * size : 1);
            c.leaf[index] = (short) leaf.index();
            c.brand[index] = (short) brand.index();
            c.colour[index] = (byte) colour;
            c.material[index] = (byte) material;
            c.sizeIndex[index] = (byte) size;
            c.gender[index] = (byte) gender.ordinal();
            c.lang[index] = (byte) lang.ordinal();
            c.availability[index] = (byte) r.weighted(AVAILABILITY_SHARE);
            c.priceCents[index] = lang == Lang.EN ? usdCents(usd) : cnyCents(usd * vocabulary.cnyPerUsd() * cnyDrift);
            double quality = lineQuality + r.normal(0, 0.1);
            c.quality[index] = (float) quality;
            c.popularity[index] = (float) (0.4 * quality + 0.8 * linePopularity + r.normal(0, 0.3));
            c.group[index] = line;
            index++;
        }
        return index;
    }

    /** Shop-style USD prices: 24.99 below a hundred, 449.99 above. */
    static int usdCents(double usd) {
        if (usd < 100) {
            return (int) Math.max(1, Math.floor(usd)) * 100 + 99;
        }
        return (int) Math.ceil(usd / 10) * 1000 - 1;
    }

    /** Shop-style CNY prices ending in 9: 69, 129, 1299. */
    static int cnyCents(double cny) {
        long yuan = Math.max(9, (long) Math.ceil((cny + 1) / 10) * 10 - 1);
        return (int) (yuan * 100);
    }
}
