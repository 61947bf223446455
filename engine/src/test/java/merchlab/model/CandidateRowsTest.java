package merchlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateRowsTest {
    @Test
    void looksUpAListOnceAndAnotherListAfresh() {
        Map<String, Integer> catalog = Map.of("a", 0, "b", 1, "c", 2);
        List<String> asked = new ArrayList<>();
        CandidateRows rows = new CandidateRows(id -> {
            asked.add(id);
            return catalog.getOrDefault(id, -1);
        });
        List<String> all = List.of("c", "a", "x");
        assertArrayEquals(new int[] {2, 0, -1}, rows.of(all));
        assertArrayEquals(new int[] {2, 0, -1}, rows.of(all));
        assertEquals(3, asked.size(), "the same list is looked up once");
        assertArrayEquals(new int[] {1}, rows.of(List.of("b")));
        assertArrayEquals(new int[] {0, 2}, rows.of(new ArrayList<>(List.of("a", "c"))), "an equal new list too");
        assertEquals(6, asked.size());
    }
}
