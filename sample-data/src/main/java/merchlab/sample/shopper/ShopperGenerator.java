package merchlab.sample.shopper;

import java.util.Arrays;
import merchlab.sample.Lang;
import merchlab.sample.ShopLanguage;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.random.Rng;

/** Draws shoppers; shopper {@code i} depends only on the seed and {@code i}. */
public final class ShopperGenerator {
    private static final double[] DEVICE_SHARE = {0.6, 0.3, 0.1};
    private final Vocabulary vocabulary;

    public ShopperGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Shopper[] generate(long seed, int users, ShopLanguage language) {
        Shopper[] shoppers = new Shopper[users];
        for (int i = 0; i < users; i++) {
            shoppers[i] = shopper(seed, i, language);
        }
        return shoppers;
    }

    public Shopper shopper(long seed, int index, ShopLanguage language) {
        Rng r = Rng.stream(seed, "shopper", index);
        Lang lang = switch (language) {
            case EN -> Lang.EN;
            case ZH -> Lang.ZH;
            case MIXED -> r.chance(0.5) ? Lang.EN : Lang.ZH;
        };
        int tops = vocabulary.tops().size();
        double[] share = r.dirichlet(tops, 0.4);
        double max = Arrays.stream(share).max().orElse(1);
        double[] preference = Arrays.stream(share).map(s -> s / max).toArray();
        int[] leaves = distinct(r, r.between(2, 5), () -> {
            int top = r.weighted(share);
            return r.pick(vocabulary.leavesOf(top));
        });
        int[] brands = distinct(r, r.between(1, 3), () -> r.pick(vocabulary.brands(lang, r.weighted(share))));
        double sensitivity = Math.max(-0.6, Math.min(1.8, r.normal(0.6, 0.5)));
        Device device = Device.values()[r.weighted(DEVICE_SHARE)];
        double peak = r.chance(0.3) ? r.normal(12.5, 2) : r.normal(20.5, 1.5);
        double activity = StrictMath.exp(r.normal(-0.32, 0.8));
        Gender gender = r.chance(0.5) ? Gender.FEMALE : Gender.MALE;
        return new Shopper(index, lang, preference, leaves, brands, sensitivity, device, (peak + 24) % 24, activity,
                gender);
    }

    private static int[] distinct(Rng r, int count, java.util.function.IntSupplier draw) {
        int[] values = new int[count];
        int n = 0;
        for (int attempt = 0; attempt < count * 6 && n < count; attempt++) {
            int v = draw.getAsInt();
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= values[i] == v;
            }
            if (!seen) {
                values[n++] = v;
            }
        }
        return Arrays.copyOf(values, n);
    }
}
