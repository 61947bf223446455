package merchlab.sample;

import java.util.EnumSet;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.sample.ads.AdSlots;

/**
 * What shop to generate: a size preset, optionally overridden product, shopper and day counts, a seed and a language.
 *
 * @param size      the preset the visit rate comes from
 * @param products  number of products in the catalog
 * @param users     number of shoppers
 * @param days      number of days of behaviour, starting {@link #START_DATE}
 * @param seed      the random seed; the same config always gives byte-identical files
 * @param language  the language of product titles
 * @param formats   the file formats to write (generic is always included)
 * @param ads       the sponsored slots of search and recommendation lists; none (the default) writes no ads
 */
public record ShopConfig(ShopSize size, int products, int users, int days, long seed, ShopLanguage language,
                         Set<OutputFormat> formats, AdSlots ads) {
    /** The first day of generated behaviour, UTC. */
    public static final String START_DATE = "2026-03-01";
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 42;

    public ShopConfig {
        if (size == null) {
            throw new MerchLabException("a shop size is required");
        }
        if (products < 50 || products > 20_000_000) {
            throw new MerchLabException("products must be between 50 and 20,000,000, got " + products);
        }
        if (users < 1 || users > 10_000_000) {
            throw new MerchLabException("users must be between 1 and 10,000,000, got " + users);
        }
        if (days < 1 || days > 3_650) {
            throw new MerchLabException("days must be between 1 and 3,650, got " + days);
        }
        language = language == null ? ShopLanguage.MIXED : language;
        EnumSet<OutputFormat> all = EnumSet.of(OutputFormat.GENERIC);
        if (formats != null) {
            all.addAll(formats);
        }
        formats = Set.copyOf(all);
        ads = ads == null ? AdSlots.none() : ads;
    }

    /** A config without ads. */
    public ShopConfig(ShopSize size, int products, int users, int days, long seed, ShopLanguage language,
                      Set<OutputFormat> formats) {
        this(size, products, users, days, seed, language, formats, AdSlots.none());
    }

    /** The preset's defaults: its product, shopper and day counts, the default seed, a mixed-language shop. */
    public static ShopConfig of(ShopSize size) {
        return new ShopConfig(size, size.products(), size.users(), size.days(), DEFAULT_SEED, ShopLanguage.MIXED,
                EnumSet.of(OutputFormat.GENERIC));
    }

    public ShopConfig withProducts(int n) {
        return new ShopConfig(size, n, users, days, seed, language, formats, ads);
    }

    public ShopConfig withUsers(int n) {
        return new ShopConfig(size, products, n, days, seed, language, formats, ads);
    }

    public ShopConfig withDays(int n) {
        return new ShopConfig(size, products, users, n, seed, language, formats, ads);
    }

    public ShopConfig withSeed(long s) {
        return new ShopConfig(size, products, users, days, s, language, formats, ads);
    }

    public ShopConfig withLanguage(ShopLanguage lang) {
        return new ShopConfig(size, products, users, days, seed, lang, formats, ads);
    }

    public ShopConfig withFormats(Set<OutputFormat> f) {
        return new ShopConfig(size, products, users, days, seed, language, f, ads);
    }

    public ShopConfig withAds(AdSlots slots) {
        return new ShopConfig(size, products, users, days, seed, language, formats, slots);
    }

    public boolean writes(OutputFormat format) {
        return formats.contains(format);
    }
}
