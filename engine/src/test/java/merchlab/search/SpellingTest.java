package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsOnce() {
        assertEquals(0, Spelling.distance("vase", "vase", 2));
        assertEquals(1, Spelling.distance("sandels", "sandals", 2));
        assertEquals(1, Spelling.distance("fram", "frame", 2));
        assertEquals(1, Spelling.distance("teapott", "teapot", 2));
        assertEquals(1, Spelling.distance("jumpsiut", "jumpsuit", 2));
        assertEquals(2, Spelling.distance("nightware", "nightwear", 2));
    }

    @Test
    void stopsPastTheLimit() {
        assertEquals(2, Spelling.distance("vase", "plate", 1));
        assertEquals(2, Spelling.distance("vase", "vaseline", 1));
    }
}
