package merchlab.ads;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetingTest {
    private static AdRequest search(String query, String... categories) {
        return new AdRequest("R1", 0, "U1", Surface.SEARCH, query, List.of(), List.of(categories), List.of(1));
    }

    private static AdRequest recommendation(String... categories) {
        return new AdRequest("R2", 0, "U1", Surface.RECOMMENDATION, null, List.of(), List.of(categories), List.of(1));
    }

    @Test
    void keywordMatchesWhenEveryWordIsInTheQueryInAnyOrder() {
        Targeting t = new Targeting(List.of("Running Shoes"), List.of());
        assertTrue(t.eligible(search("shoes for running, red")));
        assertFalse(t.eligible(search("running socks")));
        assertFalse(t.eligible(search("runningshoes")), "words, not parts of words");
    }

    @Test
    void chineseKeywordMatchesInsideTheQuery() {
        Targeting t = new Targeting(List.of("连衣裙"), List.of());
        assertTrue(t.eligible(search("红色连衣裙 夏")));
        assertFalse(t.eligible(search("红色衬衫")));
    }

    @Test
    void keywordsDoNotReachRecommendationLists() {
        Targeting t = new Targeting(List.of("tee"), List.of());
        assertFalse(t.eligible(recommendation("Apparel > Tops > T-Shirts")));
    }

    @Test
    void categoryCoversItselfAndWhatLiesBelowItOnBothSurfaces() {
        Targeting t = new Targeting(List.of(), List.of("Apparel > Tops"));
        assertTrue(t.eligible(recommendation("Home > Kitchen", "apparel > tops > T-Shirts")));
        assertTrue(t.eligible(search("anything", "Apparel > Tops")));
        assertFalse(t.eligible(search("anything", "Apparel > Topsoil")));
        assertFalse(t.eligible(recommendation("Apparel")));
    }

    @Test
    void noKeywordsAndNoCategoriesTargetsEveryRequest() {
        assertTrue(Targeting.everywhere().eligible(recommendation()));
        assertTrue(new Targeting(List.of(" "), null).eligible(search("x")));
    }
}
