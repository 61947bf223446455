package merchlab.importer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnsTest {
    @Test
    void aNormalisedNameNormalisesToItself() {
        // Found by fuzzing the merchant CSV reader: a TSV header cell '""""' read as the attribute '""', which the
        // JSON Lines reader then read as a blank name, so a product re-read differently.
        assertEquals("", Columns.normalize("\"\"\"\""));
        assertEquals("sale_price", Columns.normalize(" \"\uFEFF\" Sale Price \"\" "));
        for (String raw : new String[] {"\"\"\"\"", "\" \"a\" \"", "\"", "Image-Link", "\"\"x\"\""}) {
            String once = Columns.normalize(raw);
            assertEquals(once, Columns.normalize(once), raw);
        }
    }
}
