package merchlab.sample.ads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.ads.Campaign;
import merchlab.ads.Targeting;
import merchlab.sample.Lang;
import merchlab.sample.ShopConfig;
import merchlab.sample.catalog.Brand;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.random.Rng;

/**
 * Draws a generated shop's advertisers and their campaigns: about a third of the catalog's brands advertise a few of
 * their own products of one category, and marketplace sellers advertise products of any brand in one department.
 *
 * <p>Bids are log-normal around 2% of the product's price (spread 0.5), from one cent to {@value #MAX_BID_CENTS}
 * cents (below the importer's default cap of 100). A campaign targets
 * keywords (its category noun and a synonym, and a brand its own name), categories (the leaf paths of its products;
 * a seller its department's leaves), or both. Daily budgets are log-normal around half the clicks a campaign would
 * get if every campaign shared the shop's sponsored clicks evenly, times its mean bid, so some campaigns are held by
 * their budget and pacing matters.
 */
public final class CampaignGenerator {
    private static final double BRAND_SHARE = 0.35;
    private static final double BID_SHARE_OF_PRICE = 0.02;
    /** The highest bid drawn, in cents. */
    public static final long MAX_BID_CENTS = 5_000;
    /** Requests per visit (the simulator's continuation chance of 0.58, at most eight) and the ad CTR, roughly. */
    private static final double REQUESTS_PER_VISIT = 2.3;
    private static final double AD_CTR = 0.025;

    /** The campaigns of a shop, ids {@code C0001} upward in drawing order. */
    public List<Campaign> generate(ShopConfig config, Catalog catalog) {
        Rng r = Rng.stream(config.seed(), "campaigns", 0);
        Vocabulary vocabulary = catalog.vocabulary();
        List<Draft> drafts = new ArrayList<>();
        for (Brand brand : vocabulary.brands()) {
            if (!hasProducts(catalog, brand) || !r.chance(BRAND_SHARE)) {
                continue;
            }
            int[] leaves = vocabulary.leavesOf(brand.top());
            for (int attempt = 0; attempt < 4; attempt++) {
                int leaf = r.pick(leaves);
                int[] products = catalog.inLeafOfBrand(brand.lang(), leaf, brand.index());
                if (products.length > 0) {
                    drafts.add(new Draft(brand.name(), brand.lang(), pick(products, 2 + r.nextInt(7), r),
                            targeting(vocabulary, brand.lang(), leaf, brand.name(), r)));
                    break;
                }
            }
        }
        int sellers = Math.max(3, Math.min(60, config.products() / 400));
        Lang[] langs = languages(catalog);
        for (int s = 1; s <= sellers; s++) {
            Lang lang = langs[r.nextInt(langs.length)];
            int top = r.nextInt(vocabulary.tops().size());
            int[] products = catalog.inTop(lang, top);
            if (products.length == 0) {
                continue;
            }
            List<String> categories = new ArrayList<>();
            int[] chosen = pick(products, 4 + r.nextInt(12), r);
            for (int p : chosen) {
                categories.add(vocabulary.path(catalog.leaf(p), lang));
            }
            drafts.add(new Draft(String.format("Seller %02d", s), lang, chosen, new Targeting(List.of(), categories)));
        }
        return campaigns(drafts, config, catalog, r);
    }

    private List<Campaign> campaigns(List<Draft> drafts, ShopConfig config, Catalog catalog, Rng r) {
        double visitsPerDay = config.users() * config.size().sessionsPerShopperDay();
        double slots = 0.67 * config.ads().search().size() + 0.33 * config.ads().recommendation().size();
        double clicksPerCampaign = visitsPerDay * REQUESTS_PER_VISIT * slots * AD_CTR / Math.max(1, drafts.size());
        List<Campaign> out = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, Long> bids = new LinkedHashMap<>();
            long sum = 0;
            for (int p : d.products) {
                long drawn = Math.round(r.logNormal(BID_SHARE_OF_PRICE * catalog.priceCents(p), 0.5));
                long bid = Math.max(1, Math.min(MAX_BID_CENTS, drawn));
                bids.put(Catalog.id(p), bid);
                sum += bid;
            }
            double clicks = Math.max(1.5, r.logNormal(0.5 * Math.max(1, clicksPerCampaign), 0.8));
            long budget = Math.max(1, Math.round(clicks * sum / bids.size()));
            out.add(new Campaign(String.format("C%04d", out.size() + 1), d.advertiser, budget, d.targeting, bids));
        }
        return out;
    }

    private static Targeting targeting(Vocabulary vocabulary, Lang lang, int leaf, String brandName, Rng r) {
        LeafCategory category = vocabulary.leaf(leaf);
        double kind = r.nextDouble();
        List<String> keywords = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        if (kind < 0.8) {
            keywords.add(category.noun().in(lang));
            List<String> synonyms = category.synonyms(lang);
            if (!synonyms.isEmpty()) {
                keywords.add(r.pick(synonyms));
            }
            if (r.chance(0.5)) {
                keywords.add(brandName);
            }
        }
        if (kind >= 0.45) {
            categories.add(vocabulary.path(leaf, lang));
        }
        return new Targeting(keywords, categories);
    }

    private static boolean hasProducts(Catalog catalog, Brand brand) {
        for (int leaf : catalog.vocabulary().leavesOf(brand.top())) {
            if (catalog.inLeafOfBrand(brand.lang(), leaf, brand.index()).length > 0) {
                return true;
            }
        }
        return false;
    }

    private static Lang[] languages(Catalog catalog) {
        List<Lang> present = new ArrayList<>();
        for (Lang l : Lang.values()) {
            if (catalog.inLanguage(l).length > 0) {
                present.add(l);
            }
        }
        return present.toArray(Lang[]::new);
    }

    /** Up to {@code n} distinct products, in the order drawn. */
    private static int[] pick(int[] products, int n, Rng r) {
        int[] pool = products.clone();
        int k = Math.min(n, pool.length);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return java.util.Arrays.copyOf(pool, k);
    }

    private record Draft(String advertiser, Lang lang, int[] products, Targeting targeting) {
    }
}
