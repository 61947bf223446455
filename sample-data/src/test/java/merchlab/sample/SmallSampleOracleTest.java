package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled small sample (the preset exactly as shipped): its size, and how predictable its clicks are from the
 * true probabilities (the oracle AUC: the best any click model can reach on it).
 */
class SmallSampleOracleTest {
    @TempDir
    static Path dir;
    static GeneratedShop shop;

    @BeforeAll
    static void generate() {
        shop = new ShopGenerator().generate(ShopConfig.of(ShopSize.SMALL), dir, GenerationListener.NONE);
    }

    @Test
    void smallSampleHasTheAdvertisedSize() {
        assertEquals(2_000, shop.products());
        assertEquals(500, shop.users());
        assertTrue(shop.events() >= 100_000 && shop.events() <= 150_000, "events: " + shop.events());
        assertTrue(shop.clicks() > 4_000, "clicks: " + shop.clicks());
    }

    @Test
    void oracleAucIsDecentButNotPerfect() {
        assertTrue(shop.oracleAuc() > 0.70 && shop.oracleAuc() < 0.82, "oracle AUC " + shop.oracleAuc());
    }

    @Test
    void aSimpleClickModelLearnsMoreThanPositionButLessThanTheTruth() {
        ClickSignalProbe.Result r = ClickSignalProbe.run(shop, "2026-03-21");
        String figures = "oracle " + r.oracle() + ", position only " + r.positionOnly() + ", simple model "
                + r.simpleModel() + " on " + r.testImpressions() + " test impressions";
        System.out.println("small sample, test period from 2026-03-21: AUC " + figures);
        assertTrue(r.simpleModel() > r.positionOnly() + 0.03, figures);
        assertTrue(r.simpleModel() < r.oracle(), figures);
        assertTrue(r.positionOnly() > 0.6, figures);
    }

    @Test
    void oracleAucMatchesARankBasedAucOfTheFiles() {
        List<String[]> events = ShopFiles.columns(shop.eventsCsv(), "event_type", "request_id", "product_id",
                "true_click_probability");
        Set<String> clicked = new HashSet<>();
        events.stream().filter(e -> e[0].equals("click")).forEach(e -> clicked.add(e[1] + "/" + e[2]));
        List<double[]> scored = new ArrayList<>();
        for (String[] e : events) {
            if (e[0].equals("impression")) {
                boolean click = clicked.contains(e[1] + "/" + e[2]);
                scored.add(new double[] {Double.parseDouble(e[3]), click ? 1 : 0});
            }
        }
        scored.sort(Comparator.comparingDouble(s -> s[0]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < scored.size(); ) {
            int j = i;
            while (j < scored.size() && scored.get(j)[0] == scored.get(i)[0]) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (scored.get(k)[1] == 1) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = scored.size() - positives;
        double auc = (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
        assertEquals(auc, shop.oracleAuc(), 1e-3);
    }
}
